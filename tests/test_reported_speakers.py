"""Who said the reported speech: clauses a reader attributes at once that had no speaker, on BBC
news (session 11).

Each case is the construction of the BBC sentence that had no speaker (the article's line in
../shared/corpus/bbc.jsonl in the comment).
"""

from quotes import extract


def _speakers(text: str, quote: str) -> set[str | None]:
    return {q.speaker for q in extract(text) if q.text.startswith(quote)}


def test_a_spokesman_for_a_person_speaks_for_that_person():
    # bbc 964: "a spokesman for Mr Prescott warned that [...]" had no speaker
    text = (
        "Council pension deal agreed\n\n"
        "Unions representing council workers say they have reached a deal with John Prescott over pensions.\n\n"
        "This would allow months of tough negotiations to follow, said our correspondent. But a spokesman for "
        "Mr Prescott warned that the changes to the local government pension scheme would have to go ahead in April."
    )
    assert _speakers(text, "the changes to the local") == {"John Prescott"}
    # bbc 1202: a full name after "for"
    text = "A spokesman for Michael Howard said Mr Jackson's views on policy were his own."
    assert _speakers(text, "Mr Jackson's views") == {"Michael Howard"}


def test_a_spokesman_for_a_body_of_several_words_speaks_for_it_as_named():
    # bbc 956: "Royal Mail" reads as a person's name; after "a spokeswoman for" it is the body
    text = (
        "The Royal Mail is investigating to see if they can find out what the problem is.\n\n"
        'A spokeswoman for Royal Mail said: "We are investigating a problem with the delivery of ballot papers."'
    )
    assert _speakers(text, "We are investigating") == {"Royal Mail"}
    # bbc 531: no other body the article names ("the Royal Ballet" is no "English National Ballet")
    text = (
        "Only two out of 16 principal dancers at the Royal Ballet - Darcey Bussell and Jonathan Cope - are "
        "British. But a spokesman for the English National Ballet told BBC News that nationality was not an issue."
    )
    assert _speakers(text, "nationality was not") != {"Royal Ballet"}


def test_a_role_set_off_by_one_comma_is_the_names():
    # bbc 118: the second comma of the apposition is left out
    text = (
        "The MPC may become more concerned about inflation trends. Howard Archer, economist at Global Insight "
        'said the MPC "may well consider that the balance of risks to the growth and inflation outlook have moved".'
    )
    assert _speakers(text, "the MPC") == {"Howard Archer"}
    # bbc 2066, bbc 434, bbc 1850
    text = (
        "It's now better, cheaper and more convenient to print at home, he said. Ann Simpson, marketing manager "
        "at Snappy Snaps believes the convenience of high street printing will continue to attract customers."
    )
    assert _speakers(text, "the convenience of high street") == {"Ann Simpson"}
    text = (
        "The deal was good, said one analyst. However, Matt Williams, a fund manager at Perpetual Trustees said "
        "taking the stake was a sensible move."
    )
    assert _speakers(text, "taking the stake") == {"Matt Williams"}
    text = (
        "Some sites used the charity's name. Patricia Sanders, spokeswoman for the Disaster Emergency Committee "
        "said it was aware of the sites."
    )
    assert _speakers(text, "it was aware") == {"Patricia Sanders"}
    # bbc 572: the role's body has an apposition of its own
    text = (
        "The film was not eligible. But Alain Terzian, president of Cesar organisers, the Academie des Arts et "
        "Techniques du Cinema, said the changes were made to protect French films."
    )
    assert _speakers(text, "the changes were made") == {"Alain Terzian"}


def test_a_name_before_a_role_and_a_parenthetical_cue_is_what_is_said_of():
    # "Clinton, a top aide said, ...": the name is the subject of the clause reported, not the speaker
    text = "The race is close. Clinton, a top aide said, is ahead in the polls of three states."
    assert "Hillary Clinton" not in {q.speaker for q in extract(text)}


def test_an_apposition_with_the_names_the_person_not_the_body():
    # bbc 1260: "Mark Serwotka, the leader of the ... Union, said" was the union
    text = (
        "Mr Brown also announced plans to merge 35 agencies into nine. Mark Serwotka, the leader of the Public and "
        'Commercial Services Union, said: "This is a bonfire of the quangos."'
    )
    assert _speakers(text, "This is a bonfire") == {"Mark Serwotka"}
    # bbc 1146: an adverb opening the sentence is no name
    text = (
        "There had been suggestions of a fresh outbreak of warfare between the two men. Firstly, the prime minister "
        "insisted on Wednesday that he had not promised to stand down."
    )
    assert "Firstly" not in {q.speaker for q in extract(text)}


def test_a_description_is_the_person_titled_by_its_head_whatever_its_epithets():
    # bbc 858: "The distressed actress told [media ...]" after "model and actress Negar Khan"
    text = (
        "India to deport Bollywood actress\n\n"
        "India has ordered the deportation of Iranian-born model and actress Negar Khan to Norway after saying "
        "she was working illegally on her visa.\n\n"
        "Khan has had raunchy roles in music videos and Bollywood films over the past two years. The distressed "
        "actress told media she was being driven straight to the airport after a routine appointment."
    )
    assert _speakers(text, "media she was being driven") == {"Negar Khan"}
    # bbc 1771: a word that tells which one stays ("the top seed" is not "seventh seed Feliciano Lopez")
    text = (
        "Roger Federer reached the last four of the Qatar Open with an easy 6-1 6-2 win over seventh seed "
        "Feliciano Lopez.\n\nThe Swiss world number one, who made his last Qatar appearance in 2003, was happy "
        'with his form. "I think I played better than against Greg Rusedski," said the top seed.'
    )
    assert "Feliciano Lopez" not in _speakers(text, "I think I played")


def test_a_role_opening_a_sentence_is_who_spoke_just_before():
    # bbc 1253: "..., Jack Straw said. The foreign secretary told [MPs the rebate ...]" had no speaker
    text = (
        "'UK will stand firm on EU rebate'\n\n"
        "Britain's £3bn EU rebate is not up for renegotiation at next week's European Council summit, Jack Straw "
        "said.\n\n"
        'The foreign secretary told MPs the rebate, secured by Margaret Thatcher in 1984, was "entirely justified".'
    )
    assert _speakers(text, "the rebate, secured") == {"Jack Straw"}
    # bbc 1047: the article never titles Alun Michael
    text = (
        "Minister defends hunting ban law\n\n"
        'The law banning hunting with dogs in England and Wales is enforceable and "very clear", Alun Michael has '
        "said.\n\nThe rural affairs minister said it would become obvious if people flouted the law."
    )
    assert _speakers(text, "it would become obvious") == {"Alun Michael"}


def test_a_role_is_no_one_else_named_just_before():
    # bbc 995: a detainee spoke just before "The home secretary": someone with an age is a private person
    text = (
        "Mr Mubanga, 32, from Wembley, London, said he was brutally interrogated at the camp. The home secretary "
        "said he would not be launching an investigation."
    )
    assert _speakers(text, "he would not be launching") == {None}
    # bbc 1294: the sentence before names Mr Howard, not Howard Flight who spoke before it
    text = (
        "Tories reject rethink on axed MP\n\n"
        "Sacked MP Howard Flight's local Conservative association has insisted he will not be its candidate.\n\n"
        "Howard Flight said he was disappointed. At a news conference, Mr Howard insisted he had played by the "
        "party's rules. The Tory leader said he would not change his mind."
    )
    assert "Howard Flight" not in _speakers(text, "he would not change")
    # bbc 914: "the Scottish Executive" is a body, not a role
    text = (
        "Jack McConnell said young people should drink sensibly. But the Scottish Executive has insisted Mr McConnell "
        "was speaking about adults."
    )
    assert "Jack McConnell" not in _speakers(text, "Mr McConnell was speaking")


def test_a_co_chairman_is_one_role_and_the_person_titled_so():
    # bbc 902: "The Tory co-chairman attacked ... and said [Mr Blair ...]" was cut to "The Tory", no speaker
    text = (
        "Tory co-chairman Liam Fox said Labour would run a negative campaign.\n\n"
        '"It is going to be fear and smear," he told BBC News. The Tory co-chairman attacked Labour\'s six new '
        'pledges as "vacuous" and said Mr Blair was very worried voters would take revenge for his failure to deliver.'
    )
    assert _speakers(text, "Mr Blair was very worried") == {"Liam Fox"}


def test_the_member_for_a_seat_is_who_spoke_just_before():
    # bbc 1028: "The MP for Ealing North claimed [...]" after the sentence Stephen Pound opens
    text = (
        'Labour backbencher Stephen Pound labelled casino-related regeneration schemes "a pile of pants". The MP for '
        "Ealing North claimed the legislation would encourage a mafia-like culture of vice."
    )
    assert _speakers(text, "the legislation would encourage") == {"Stephen Pound"}


def test_of_two_registry_holders_named_the_one_known_in_that_office_only():
    # bbc 1155: Tony Blair (prime minister only) and Gordon Brown (chancellor, later prime minister)
    text = (
        "Labour seeks to quell feud talk\n\n"
        "MPs criticised Tony Blair and Gordon Brown over reports of their rivalry.\n\n"
        "The new book claims Mr Prescott hosted a dinner in November 2003 where the prime minister told Mr Brown he "
        "would stand down before the next election because he had lost trust over the Iraq war."
    )
    assert _speakers(text, "he would stand down") == {"Tony Blair"}


def test_the_law_lords_are_a_body_no_one_calls_he():
    # bbc 931: "ignoring a recent Law Lords judgement ... he said" made "Law Lords" a man (and `quotes
    # speakers` linked "Lords" to "Law Lords" as a surname to its full name)
    text = (
        "It was already using detention without trial at Belmarsh Prison, ignoring a recent Law Lords judgement "
        'that this contravenes basic human rights. "But at the same time, an overmighty state is a dangerous one," '
        "he said."
    )
    assert "Law Lords" not in {q.speaker for q in extract(text)}
    # bbc 1263: the Law Lords still speak as a body
    text = "The Law Lords said the rules were incompatible with the European Convention on Human Rights."
    assert _speakers(text, "the rules were incompatible") == {"Law Lords"}


def test_a_pronoun_further_back_than_a_name_is_the_only_one_who_spoke():
    # bbc 934: the long quote puts Ms James more than a pronoun's window before "She said"
    text = (
        "'Hitler' row over Welsh arts cash\n\n"
        "Shani Rhys James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly "
        "Government. But Ms James emphasised she had actually said artists needed freedom.\n\n"
        "But she said reports that she had likened the assembly government to totalitarian regimes were inaccurate.\n\n"
        'She told Good Morning Wales: "Just to put the record straight, that business in the paper where it said I '
        "likened the government to Bolshevik Russia or Hitler's Germany, the actual quote I gave was: 'It is vital to "
        "a civilised society that we allow artists to express themselves without government control'. \"As we know "
        "from past European history, i.e. Russia and Germany in the early 20th Century, artists will go underground "
        "or leave the country or rather than compromise their expression'. \"Artists need a free voice to express "
        "themselves - they reflect a truth through their own art forms.'\" She said the assembly government was not "
        "best placed to run the arts in Wales."
    )
    assert _speakers(text, "the assembly government was not best") == {"Shani Rhys James"}


def test_a_pronoun_further_back_than_a_name_is_no_one_when_two_spoke():
    # bbc 1070: Gordon Brown's speech, then Oliver Letwin's reply, then "He said" (Brown again): no one
    text = (
        "Chancellor Gordon Brown has told Labour's spring conference that his party will win a third term.\n\n"
        'Mr Brown said: "We will build on what we have achieved." '
        'But Oliver Letwin, for the Tories, said Labour had "to say, spend by 2008 £60bn more." Turning to the '
        "economy, the chancellor pledged to continue economic stability and growth in a third term in power. The "
        "chancellor's speech was his last before the election campaign, which is expected to begin within weeks and "
        "end with a poll on 5 May, and it was heard by more than a thousand party members in the hall.\n\n"
        'He said after seven years Labour had transformed from a party not trusted with the economy to "the only '
        'party trusted with the economy".'
    )
    assert "Oliver Letwin" not in _speakers(text, "after seven years Labour")


def test_the_premier_is_the_prime_minister():
    # bbc 1002: "The premier insisted [Mr Brown ...]" beside Tony Blair and Gordon Brown
    text = (
        "Brown outlines third term vision\n\n"
        "Gordon Brown has outlined what he thinks should be the key themes of New Labour's next general election "
        "bid.\n\nThe chancellor has previously planned the party's election strategy but this time the role will be "
        "filled by Alan Milburn - a key ally of Tony Blair. The premier insisted Mr Brown will have a key role in "
        "Labour's campaign."
    )
    assert _speakers(text, "Mr Brown will have") == {"Tony Blair"}


def test_a_job_left_is_no_title_that_makes_the_role_anothers():
    # bbc 1228: "Ex-chat show host Robert Kilroy-Silk" is still "The East Midlands MEP"
    text = (
        "Kilroy names election seat target\n\n"
        "Ex-chat show host Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash at the next general "
        "election.\n\nMr Kilroy-Silk announced his plans a day after launching his new party, Veritas, the Latin for "
        'truth. The East Midlands MEP, who quit the UK Independence Party, wants his new group to "change the face" '
        "of UK politics."
    )
    assert _speakers(text, "his new group") == {"Robert Kilroy-Silk"}


def test_a_record_holder_and_a_lock_describe_the_person_named_before():
    # bbc 1358, bbc 1649
    text = (
        "Radcliffe eyes hard line on drugs\n\n"
        "Paula Radcliffe has called for all athletes found guilty on drugs charges to be treated as criminals.\n\n"
        'The marathon world record holder believes more needs to be done to rid athletics of the "suspicions and '
        'innuendoes" which greet any good performance.'
    )
    assert _speakers(text, "more needs to be done") == {"Paula Radcliffe"}
    text = (
        "Captain Fabien Pelous has acknowledged his side needs to show more attacking flair, but stressed the game "
        "with be won or lost up front. The lock believes the Welsh forwards are not big enough to trouble his side "
        "in the scrum or line-out."
    )
    assert _speakers(text, "the Welsh forwards") == {"Fabien Pelous"}


def test_he_after_a_bodys_spokesman_is_the_body():
    # bbc 983: "The spokesman said there was ... He added: [...]" after "A spokesman for the ICO said"
    text = (
        "A spokesman for the Information Commissioner's Office said it would be classed as marketing if political "
        "parties telephoned people to encourage them to vote for them.\n\nThe spokesman said it might be considered "
        "unsolicited marketing if a party recorded voting preferences with a view to marketing information in the "
        'future. The spokesman said there was "no yes or no" answer and the area was "pretty grey". He added: "If '
        'someone complained, then we would investigate that."'
    )
    assert _speakers(text, "If someone complained") == {"Information Commissioner's Office"}


def test_a_qualified_company_description_is_the_body_whose_cue_ends_the_sentence_before():
    # bbc 404: "..., the Halifax has said. The UK's biggest mortgage lender said [prices rose ...]"
    text = (
        "House prices rebound says Halifax\n\n"
        "UK house prices increased by 1.1% in December, the first monthly rise since September, the Halifax has "
        "said.\n\nThe UK's biggest mortgage lender said prices rose 15.1% over the whole of 2004."
    )
    assert _speakers(text, "prices rose 15.1%") == {"Halifax"}


def test_the_newspaper_is_the_one_named_last():
    # bbc 211: "according to the Financial Times. The paper said ..."; "According to the Observer, ... The paper said"
    text = (
        "MG Rover's proposed tie-up with China's top carmaker has been delayed due to concerns by Chinese "
        "regulators, according to the Financial Times.\n\nThe paper said Chinese officials had been irritated by "
        "Rover's disclosure of its talks with Shanghai Automotive Industry Corp in October. According to the "
        "Observer, 3,000 jobs - out of a total workforce of 6,500 - could be lost if the deal goes ahead. The paper "
        "said that Chinese officials believe cutbacks will be required."
    )
    assert _speakers(text, "Chinese officials had been") == {"Financial Times"}
    assert _speakers(text, "Chinese officials believe") == {"Observer"}
    # bbc 455: a name and "newspaper"; bbc 1528: not a nationality ("Spanish daily ABC")
    text = (
        "Vedomosti newspaper reported that Russian authorities made the demand at the end of last year. The paper "
        "added that most of the taxes claimed are linked to the company's exports."
    )
    assert _speakers(text, "most of the taxes") == {"Vedomosti"}
    text = (
        'And Spanish daily ABC accuses English reporters of launching a witch-hunt against Aragones. "Perhaps it was '
        'because their team had played so poorly," the paper says.'
    )
    assert _speakers(text, "Perhaps it was") != {"Spanish"}


def test_the_magazine_is_the_one_named_last():
    # bbc 1832: "by US magazine Mobile PC. ... "...," said the magazine."
    text = (
        "Apple laptop is 'greatest gadget'\n\nThe Apple Powerbook 100 has been chosen as the greatest gadget of all "
        'time, by US magazine Mobile PC.\n\n"In general we included only items that were potentially mobile," said '
        "the magazine."
    )
    assert _speakers(text, "In general we included") == {"Mobile PC"}


def test_a_quotes_pronoun_sees_who_reported_speech_made_a_speaker():
    # bbc 2209: Flic Everett speaks in reported speech only ("..., thinks [...]") before '"...," she told BBC News'
    text = (
        "Video phones act as dating tools\n\n"
        "Flic Everett, journalist and dating expert for Company magazine and the Daily Express, thinks technology "
        "has been liberating for some nervous soul-mate seekers. There are currently about 1.3 million video phones "
        "in use in the UK and three times more single people in Britain than there were 30 years ago. With more "
        "people buying video mobiles, 3G dating could be the basis for a successful and safe way to meet people.\n\n"
        '"One of the problems with video phones is people don\'t really know what to video. It is a weird technology. '
        'We have not quite worked out what it is for. This gives it a focus and a useful one," she told BBC News. '
        "Scare stories have put people off as a result, according to Ms Everett."
    )
    assert _speakers(text, "One of the problems") == {"Flic Everett"}  # ("Ms Everett": a woman)


def test_a_bare_spokesman_speaks_for_the_body_the_sentence_before_is_about():
    # bbc 1100, bbc 1102
    text = (
        'Amnesty has called on the government to "practise what it preaches". But the Home Office defended the '
        'measures. A spokesman said: "These individuals cannot currently be prosecuted."'
    )
    assert _speakers(text, "These individuals cannot") == {"Home Office"}
    text = (
        "Reports that Tony Blair is planning a snap general election for February 2005 have been described as "
        '"idle speculation" by Downing Street.\n\nA spokesman said he had "no idea" where the reports came from.'
    )
    assert _speakers(text, 'he had "no idea"') == {"Downing Street"}
    # bbc 2074: a body the sentence names in passing is no one's employer
    text = (
        "And new technology, including the Video Relay Service, will be discussed with interested parties in the "
        "near future. But a spokesman said its powers were limited by legislation."
    )
    assert _speakers(text, "its powers were limited") == {None}


def test_a_name_after_a_quote_and_a_bodys_role_is_the_speaker():
    # bbc 231: '"...," Mr Prettejohn, Lloyd's chief executive said.' (no second comma, a body's possessive)
    text = (
        "Lloyd's chief executive Nick Prettejohn called for change.\n\n\"The FSA should not bide their time and 'wait "
        "and see'. They should seize the moment,\" Mr Prettejohn, Lloyd's chief executive said."
    )
    assert _speakers(text, "The FSA should not") == {"Nick Prettejohn"}


def test_a_name_and_its_reflexive_is_the_name():
    # bbc 936, bbc 1248
    text = (
        "David Blunkett sat on Labour's National Executive. Mr Blunkett himself described not being able to see as "
        'simply "an inconvenience".'
    )
    assert _speakers(text, "not being able to see") == {"David Blunkett"}
    text = "Tony Blair himself has said people complain he does not listen."
    assert _speakers(text, "people complain he does not listen") == {"Tony Blair"}
    # PolNeAR's shape, written anew: "herself" is no man of the family name
    text = (
        "Bill Clinton spoke in Ohio on Monday. Hillary Clinton spoke in Iowa.\n\n"
        "Clinton herself also said she would campaign in Nevada."
    )
    assert "Bill Clinton" not in _speakers(text, "she would campaign")


def test_the_firm_is_the_company_the_story_leads_with():
    # bbc 206: EMI is named twice in the lead but never with a verb of saying before "the firm issued"
    text = (
        "EMI shares hit by profit warning\n\n"
        "Shares in music giant EMI have sunk by more than 16% after the firm issued a profit warning following "
        "disappointing sales and delays to two album releases."
    )
    assert _speakers(text, "a profit warning") == {"EMI"}


def test_a_role_is_the_first_person_of_the_sentence_before_though_it_names_another():
    # bbc 1023: "But Oliver Letwin, for the Tories, attacked ..., dubbing Mr Brown ... The shadow chancellor said"
    text = (
        'Gordon Brown said the economy had seen its longest period of growth but denied he was "gloating". But '
        'Oliver Letwin, for the Tories, attacked government red tape and debt, dubbing Mr Brown "Sir Wastealot". '
        "The shadow chancellor said Mr Brown's \"golden rule\" had \"turned to dross\"."
    )
    assert _speakers(text, "Mr Brown's") == {"Oliver Letwin"}
