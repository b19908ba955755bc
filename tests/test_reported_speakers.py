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
