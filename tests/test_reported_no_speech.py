"""Reported clauses that are no speech at all (session 11): a cue word in another sense, a noun read as a
verb, an act that says nothing. Each case is the BBC sentence that motivated the rule."""

from __future__ import annotations

import pytest
from reported_support import indirect


@pytest.mark.parametrize(
    "text",
    [
        # "related" is an adjective
        "The SEC's investigation into so-called related party transactions includes dealings in the Trident Funds.",
        "This however is not a sequel, nor does it relate to the GoldenEye film.",
        # "suspects" is a noun unless a clause follows it
        "The foreign terror suspects currently detained are mostly held at London's Belmarsh prison.",
        "Detaining foreign terrorist suspects without trial breaks human rights laws, the UK's highest court has ruled.",
        # a plea in court
        "Another three US insurance executives have pleaded guilty to fraud charges stemming from an ongoing "
        "investigation into industry malpractice.",
        "Mr Ebbers is on trial for fraud and conspiracy. He pleads not guilty.",
        # after "to", a plural noun: the charges are not the accused's words
        "William Trowbridge and Michael Chicoine pleaded guilty to charges that they infringed copyright by "
        "illegally sharing music, movies and software.",
        # a prize won
        "Sale's Robert Mitchell climbed to a season's best of 2.20m - just 3cm short of the European standard - to "
        "claim the British indoor high jump title.",
        "Hamm took to the field for the last time to help the US claim a 5-0 win over Mexico.",
        # "found" with no finding
        "Reeves first found fame in the teen comedy Bill and Ted's Excellent Adventure.",
        "They have also found success in Japan, Europe and the US.",
        "Soon afterwards, Jarosik found space in the area to powerfully head Lampard's corner goalwards.",
        # a plural noun with its own verb
        "Other educational highlights include a documentary about infamous Mongolian warrior Genghis Khan.",
        # a question with no one asking
        "Would it be too much to ask for an electronics recycling box too?",
        # idioms: no one shows, knows or calls anything
        "It just goes to show even the most meticulous and measured athletes cannot predict what fate has in store "
        "for them.",
        "The future could bring an end to regulation as we know it for all TV content.",
        "That's what I call a tough game.",
        # "see" said of an event: what happened, no view
        "The change will see the end of such dizzyingly-high denominations as five million lira.",
        "The death of Martin Luther King saw it postponed for two days in 1968 as a mark of respect.",
        "A penalty apiece saw Ireland leading 18-12 as the game entered the final quarter.",
        "There was also a surprise loss at the Olympic Games, which saw Chile dominate as Nicolas Massu took the singles.",
        # felt, not thought
        "Interest-sensitive industries will feel pain immediately - sectors such as housing and small business.",
        "This title lacks that aura, and when the Bond magic shines through, it feels like a lucky accident.",
        # a product promoted, another's words ignored, a title defended
        "Special guest, singer Gwen Stefani, joined her on-stage to promote her own range of HP digital cameras which "
        "Ms Stefani has helped design.",
        "Yukos' US lawyers will attempt to have Baikal assets frozen after the Russian government ignored a US court "
        "order last week blocking the sale.",
        "The top seed and defending champion was leading 6-3 5-2 when Nieminen pulled out.",
        # a nationality before a cue form that is a noun
        "But big British hope Kate Winslet walked away empty-handed on Saturday despite two nominations.",
        "Little Britain and Strictly Come Dancing are among numerous British shows nominated for the prestigious "
        "Golden Rose television awards.",
        # what will be seen, not a view
        "Customers will not see their connections double immediately on 17 February.",
        "He will see an HIV/Aids orphanage in Tanzania and a women's credit union in Mozambique before chairing a "
        "meeting.",
        # "show" a programme
        "Nighty Night will do battle with mainstream BBC One show My Family.",
        "Kilroy-Silk quits 'shameful' UKIP\nEx-chat show host Robert Kilroy-Silk has quit the UK Independence Party.",
        "The permanent replacement for late DJ John Peel's BBC Radio 1 show goes on air on Tuesday.",
        "Huw Stephens is currently one half of the Radio 1 Thursday night show Bethan and Huw in Wales, which explores "
        "new music.",
        # a price charged, a run, an adjective
        "Sky Plus boxes come in two versions. Sky also charges a £10 subscription fee to the service.",
        "Other sites, such as Pixagogo, charge a monthly fee.",
        "Agassi also employed several lobs and charged to the net to unsettle the 31-year-old Dane.",
        "For the candidate, the emotionally charged uprising against the European Union is what she fears.",
        # a person believed, not a belief
        "Sounds like there are some sad stories here - and I can believe them all.",
        # a change as a cause, no one's words
        "This growing habit of losing gadgets explains the rise of firms such as Retrofone.",
        "The change highlights China's growing importance as an economic powerhouse.",
        "The issue has highlighted concerns amongst the growing blogging community about conflicts of interest.",
        # points to a level
        "The ISEQ index of leading shares closed up 23 points to 6661.89 on Thursday.",
        "China raised rates by 0.27 percentage points to 5.8% - its first hike in nine years.",
    ],
)
def test_no_reported_speech(text):
    assert indirect(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # the verbs themselves still report
        ("Many experts suspect those losses were generated in part by savvy use of tax breaks.",
         "those losses were generated in part by savvy use of tax breaks"),
        ("In fact, I suspect that the FSA is very late to this particular party.",
         "the FSA is very late to this particular party"),
        ("Critics claim the record is at best patchy.", "the record is at best patchy"),
        ("The final results aren't in, but the campaign is already claiming victory in the governor's bracket.",
         "victory in the governor's bracket"),
        ("Will urged the Republican electorate to abandon all outsider candidates.",
         "the Republican electorate to abandon all outsider candidates"),
        ("Ministers pointed to the fact that consumer spending had been depressed.",
         "the fact that consumer spending had been depressed"),
        ("The report highlights the case of Sibneft.", "the case of Sibneft"),
        ("The survey found that 70% of people were aware of it.", "70% of people were aware of it"),
        ("And as we know it was a fraud from the start.", "it was a fraud from the start"),
        # a relative that stands for people sees a view
        ("His assassination sent shudders through Lebanon's business community, which saw the billionaire tycoon as "
         "the country's best hope.", "the billionaire tycoon as the country's best hope"),
        ("Some analysts see the merger as a rescue deal for May.", "the merger as a rescue deal for May"),
        # a company named by a nationality speaks
        ("American, the world's biggest airline by some measures, said it expected to report a loss.",
         "it expected to report a loss"),
        # "on condition that" is no "that" of what was agreed
        ("On Monday, the judge agreed to allow him to perform on condition that requests for changes to his bail "
         "terms were not too regular.",
         "to allow him to perform on condition that requests for changes to his bail terms were not too regular"),
        ("Hillary Clinton is promoting her plans for enhancing public service opportunities.",
         "her plans for enhancing public service opportunities"),
        ("The Ohio governor hasn't ignored South Carolina.", "South Carolina"),
        ("Andrew Nachison highlights the US presidential race as a possible turning point for blogs.",
         "the US presidential race as a possible turning point for blogs"),
        ("Analysts believe it may be linked to Gazprom.", "it may be linked to Gazprom"),
        ("US prosecutors have charged nine food suppliers with helping Dutch retailer Ahold inflate earnings by more "
         "than $800m.", "nine food suppliers with helping Dutch retailer Ahold inflate earnings by more than $800m"),
        ("Polls in New Hampshire show the top two candidates are the same as in Iowa.",
         "the top two candidates are the same as in Iowa"),
        ("Budget documents show Mr Brown clawed back £265m.", "Mr Brown clawed back £265m"),
        ("The minutes of the meeting show how the chance of a coalition government quickly evaporated.",
         "how the chance of a coalition government quickly evaporated"),
        ("As a Scot living in England, I appreciate the value of Scottish music, so I can see no problem with it.",
         "no problem with it"),
        ("But those in Europe may see little point in buying what is quite an expensive bit of technology.",
         "little point in buying what is quite an expensive bit of technology"),
        ("As a result, people may see broadcasting straight to mobiles as taking away that control.",
         "broadcasting straight to mobiles as taking away that control"),
        ("The seasonally adjusted figures showed a smaller rise than expected.", "a smaller rise than expected"),
    ],
)
def test_still_reported(text, clause):
    assert clause in [q.text for q in indirect(text)]


def test_a_time_after_a_comma_is_no_subject():
    # the phrase between the last comma and the cue is a time, not who declared (PolNeAR shape, our sentence)
    found = indirect(
        "Talk show host Ann Smith, who since the appointment of news executive Tom Brown as CEO of Mr Green's campaign "
        "has thrown restraint to the winds in denouncing the party's nominee, on Friday declared Mr Green was a threat "
        "to democracy."
    )
    assert "on Friday" not in [q.mention for q in found]
