"""Figures by rule: each kind, values, units, qualifiers, and numbers that are not figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyse_article, analyse_text
from tui.analysis.figures import find_figures
from tui.model import Figure
from tui.pipeline import load_article

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "venezuela-scraped.txt"


def only(text: str, wanted: str) -> Figure:
    """The one figure whose text is ``wanted``; fails listing what was found."""
    figures = find_figures(text)
    hits = [f for f in figures if f.text == wanted]
    assert len(hits) == 1, [f.text for f in figures]
    figure = hits[0]
    assert text[figure.start : figure.end] == wanted
    return figure


def spans(text: str) -> list[tuple[str, str]]:
    """Each figure's text and kind, in reading order."""
    return [(f.text, f.kind) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("Police said 87 prisoners were freed.", "87 prisoners", "count", 87, "prisoner"),
        (
            "Two human rights organizations agreed.",
            "Two human rights organizations",
            "count",
            2,
            "organization",
        ),
        ("Thousands of people marched.", "Thousands of people", "count", None, "person"),
        ("They ordered a dozen eggs.", "a dozen eggs", "count", 12, "egg"),
        (
            "It houses half a million refugees.",
            "half a million refugees",
            "count",
            500_000,
            "refugee",
        ),
        ("The firm raised $3.5bn last year.", "$3.5bn", "money", 3.5e9, "usd"),
        ("A fine of €20 million was set.", "€20 million", "money", 2e7, "eur"),
        ("London pledged £10bn.", "£10bn", "money", 1e10, "gbp"),
        ("They paid 3 million dollars.", "3 million dollars", "money", 3e6, "usd"),
        ("Prices rose 20 per cent in May.", "20 per cent", "percent", 20, "percent"),
        ("Prices rose 3.5% in May.", "3.5%", "percent", 3.5, "percent"),
        ("He lost half of his savings.", "half", "percent", 0.5, None),
        ("Two-thirds of voters agreed.", "Two-thirds", "percent", 2 / 3, None),
        ("One in four posts is vacant.", "One in four posts", "percent", 0.25, "post"),
        ("Militants beheaded 21 Christians.", "21 Christians", "count", 21, "christian"),
        ("Two Bangladeshis died.", "Two Bangladeshis", "count", 2, "bangladeshi"),
        ("It treated about a third more patients.", "a third", "percent", 1 / 3, None),
        ("It happened on December 25 in Caracas.", "December 25", "date", None, None),
        ("The vote was held in July 2024.", "July 2024", "date", 2024, None),
        ("It opened on January 23, 1998, in Ohio.", "January 23, 1998", "date", 1998, None),
        ("Rents rose in the 1990s.", "1990s", "date", 1990, None),
        ("The law passed in 2019.", "2019", "date", 2019, None),
        ("The meeting starts at 10:30 am sharp.", "10:30 am", "time", None, None),
        ("He won a six-year term.", "six-year", "duration", 6, "year"),
        ("He faces 10-15 years in jail.", "10-15 years", "duration", None, "year"),
        ("The 55-year-old was arrested.", "55-year-old", "age", 55, "year"),
        ("Jane Smith, 55, was arrested.", "55", "age", 55, "year"),
        ("It cost Rs 500 crore.", "Rs 500 crore", "money", 5e9, "inr"),
        ("The convoy drove 400 km north.", "400 km", "measure", 400, "km"),
        ("Temperatures reached 45C in Delhi.", "45C", "measure", 45, "degree"),
        ("Nine out of 10 people want it.", "Nine out of 10 people", "percent", 0.9, "person"),
        ("The halibut can grow to 500 pounds.", "500 pounds", "measure", 500, "lb"),
        ("It failed 6 ½ minutes after launch.", "6 ½ minutes", "duration", 6.5, "minute"),
        ("It lifted off at 1451 GMT.", "1451 GMT", "time", None, None),
        ("The screen is 1800 x 1920 pixels.", "1800", "count", 1800, None),
        ("Women between the ages of 25 and 54 work.", "ages of 25 and 54", "age", None, "year"),
        ("The club paid 10 million pounds.", "10 million pounds", "money", 1e7, "gbp"),
        ("Two gunmen died.", "Two gunmen", "count", 2, "gunman"),
        ("It cut 400 Google employees.", "400 Google employees", "count", 400, "employee"),
        (
            "Up to 300 Red Star Brigade fighters fled.",
            "300 Red Star Brigade fighters",
            "count",
            300,
            "fighter",
        ),
        ("Oil hit $55.12 per barrel.", "$55.12 per barrel", "measure", 55.12, "usd per barrel"),
        ("She finished third overall.", "third", "rank", 3, None),
        ("It was the 21st attempt.", "21st", "rank", 21, None),
        (
            "The jet seats 242 to 330 passengers.",
            "242 to 330 passengers",
            "range",
            None,
            "passenger",
        ),
        ("The Lakers won 112-107 on Sunday.", "112-107", "score", None, None),
    ],
)
def test_each_kind_value_and_unit(text, span, kind, value, unit) -> None:
    figure = only(text, span)
    assert figure.kind == kind
    assert figure.unit == unit
    if value is None:
        assert figure.value is None
    else:
        assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 spread fast.",
        "The F-35 flew over.",
        "Leaders met at the G7 summit.",
        "The S&P 500 index was flat.",
        "A Boeing 787-9 landed.",
        "Section 230 protects platforms.",
        "No one knows who did it.",
        "One of them left early.",
        "She is the one who won.",
        "The 5G network and 3D printers.",
        "The 737 Max was grounded.",
        "Security changed after 9/11.",
        "The middle one shows the marks.",
        "It hired a third-party auditor.",
        "The countries ranked as follows:\n1. Finland 2. Norway",
        "That makes 10^5 lists in version 1.8.3 of the 0x08 packet.",
        "The drug, sold for type 2 diabetes, entered phase 3 trials.",
        "The storm grew to category 4 strength before passengers reached gate 12.",
        "A Boeing 737 Max 9 lost a door plug, and the airline grounded the Airbus A321 Neo 2.",
        "Regulators grounded Boeing 737 Max 9 jets.",
    ],
)
def test_numbers_in_names_codes_and_pronouns_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("At least 87 prisoners were freed.", "87 prisoners", "at least"),
        ("More than 100 people died.", "100 people", "more than"),
        ("Nearly 3 million dollars went missing.", "3 million dollars", "nearly"),
        ("It could reach up to 400 troops.", "400 troops", "up to"),
        ("About 1,500 jobs will go.", "1,500 jobs", "about"),
        ("Fewer than 20 people came.", "20 people", "fewer than"),
        ("Over 50 homes burned.", "50 homes", "over"),
        ("It will take 50 years or more.", "50 years", "or more"),
        ("The plan took shape over three years.", "three years", None),
        ("Police said 87 prisoners were freed.", "87 prisoners", None),
        ("Traders see roughly a 20% chance of a cut.", "20%", "roughly"),
        ("Experts say the toll may be as high as 150,000.", "150,000", "as high as"),
    ],
)
def test_qualifier_lies_outside_the_span(text: str, span: str, qualifier: str | None) -> None:
    figure = only(text, span)
    assert figure.qualifier == qualifier
    assert qualifier is None or qualifier not in figure.text.lower()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 2, 000 people have been freed.", 2000),
        ("At least 2,000 people have been freed.", 2000),
        ("Some 1,234,567 voters took part.", 1234567),
        ("Twenty-five people were hurt.", 25),
        ("Two hundred and five people were hurt.", 205),
        ("It costs 1.5 million euros.", 1.5e6),
    ],
)
def test_values_are_normalised(text: str, value: float) -> None:
    figures = find_figures(text)
    assert [f.value for f in figures] == [pytest.approx(value)]


def test_hyphenated_second_is_a_rank() -> None:
    """ "second-quarter revenue" is a rank like "third-quarter"; "a second" is not."""
    figure = only("Nvidia forecast second-quarter revenue of $28 billion.", "second")
    assert (figure.kind, figure.value) == ("rank", 2)
    assert [f.text for f in find_figures("Wait a second, he said.")] == []


def test_share_of_a_total_counts_the_noun_after_the_total() -> None:
    figure = only("The Liberals won 168 of the 343 seats in parliament.", "168 of the 343 seats")
    assert (figure.kind, figure.value, figure.unit) == ("count", 168, "seat")


def test_percent_range_with_a_sign_on_each_end_is_one_figure() -> None:
    figure = only("The rate has stayed in the 5.25%-5.50% range.", "5.25%-5.50%")
    assert (figure.kind, figure.value, figure.unit) == ("percent", None, "percent")
    assert [f.text for f in find_figures("Growth of 4% to 6% is expected.")] == ["4% to 6%"]


def test_figures_alone_come_without_entities() -> None:
    briefing = analyse_text("According to Reuters, 87 prisoners were freed.", entities=False)
    assert briefing.entities == ()
    assert briefing.recogniser is None
    (figure,) = briefing.figures
    assert figure.source is not None and figure.source.text == "Reuters"
    assert figure.source.entity_id is None


@pytest.mark.parametrize("raw_text", [True, False])
def test_sample_article_figures(raw_text: bool) -> None:
    """The seed article: the figures a reader needs, whether or not "2, 000" was repaired."""
    article = load_article(str(SAMPLE), raw_text=raw_text)
    figures = analyse_article(article, entities=False).figures
    expected = {
        87: ("count", "prisoner", "at least"),
        99: ("count", "prisoner", None),
        61: ("count", "prisoner", None),
        28: ("count", "person", "at least"),
        2000: ("count", "person", "at least"),
        700: ("count", None, "more than"),
        100: ("count", "person", "more than"),
        6: ("duration", "year", None),
        3: ("rank", None, None),
        2024: ("date", None, None),
    }
    for value, (kind, unit, qualifier) in expected.items():
        (figure,) = [f for f in figures if f.value == value and f.kind == kind]
        assert (figure.unit, figure.qualifier) == (unit, qualifier), figure
        assert article.text[figure.start : figure.end] == figure.text
    texts = {f.text for f in figures}
    assert {"December 25", "July 2024", "six-year", "third"} <= texts


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "qualifier"),
    [
        (
            "It will travel over five and a half years.",
            "five and a half years",
            "duration",
            5.5,
            None,
        ),
        ("The talks lasted 2 and a half hours.", "2 and a half hours", "duration", 2.5, None),
        ("A five-and-a-half-year-old boy was hurt.", "five-and-a-half-year-old", "age", 5.5, None),
        (
            "Nearly one and a half million people voted.",
            "one and a half million people",
            "count",
            1_500_000,
            "nearly",
        ),
    ],
)
def test_and_a_half_is_part_of_the_number(
    text: str, span: str, kind: str, value: float, qualifier: str | None
) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.value, figure.qualifier) == (kind, value, qualifier)


def test_a_label_number_with_a_unit_is_still_a_measure() -> None:
    figure = only("The river rose to a level 4 metres above normal.", "4 metres")
    assert (figure.kind, figure.value, figure.unit) == ("measure", 4, "m")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Between two and three people were hurt.", "two and three people", "person"),
        ("Between 10 and 20 homes burned.", "10 and 20 homes", "home"),
    ],
)
def test_between_a_and_b_is_a_range_not_a_sum(text: str, span: str, unit: str) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.value, figure.unit) == ("range", None, unit)
    assert (
        only("Two hundred and five people were hurt.", "Two hundred and five people").value == 205
    )


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Temperatures fell to minus 5C overnight.", "minus 5C", -5, "degree"),
        ("Lows of -8C are forecast.", "-8C", -8, "degree"),
        ("Output shrank -0.3% in May.", "-0.3%", -0.3, "percent"),
    ],
)
def test_a_minus_sign_makes_the_value_negative(
    text: str, span: str, value: float, unit: str
) -> None:
    figure = only(text, span)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("The ocean may hold twice as much water as Earth's seas.", "twice", "count", 2),
        ("The new site is twice the size of the old one.", "twice", "count", 2),
        ("Sinner, the world No. 1, won in straight sets.", "No. 1", "rank", 1),
        ("She is ranked number three in the world.", "number three", "rank", 3),
    ],
)
def test_multiples_and_standings(text: str, span: str, kind: str, value: float) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.value) == (kind, value)


def test_scoring_twice_is_two_times_not_a_multiple() -> None:
    twice = only("Saka scored twice as Arsenal won.", "twice")
    assert (twice.kind, twice.value, twice.unit) == ("count", 2, "time")


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("Revenue rose to 3.4 billion Swiss francs.", "3.4 billion Swiss francs", "money", "chf"),
        ("It paid 40 million Hong Kong dollars.", "40 million Hong Kong dollars", "money", "hkd"),
        ("Losses fell from $120 million a year earlier.", "$120 million", "money", "usd"),
        ("Mars will pay $83.50 a share.", "$83.50 a share", "measure", "usd per share"),
    ],
)
def test_named_currencies_and_past_amounts(text: str, span: str, kind: str, unit: str) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("The club sold 1.5m shirts last season.", "1.5m shirts", "count", 1_500_000, "shirt"),
        ("She won the 100m hurdles.", "100m", "measure", 100, "m"),
        ("Shares jumped to 1,240p in early trading.", "1,240p", "money", 12.4, "gbp"),
        ("Revenue rose a third to $3bn.", "a third", "percent", 0.333333, None),
        ("It fell by a quarter.", "a quarter", "percent", 0.25, None),
    ],
)
def test_scale_letters_pence_and_fractions_of_change(
    text: str, span: str, kind: str, value: float, unit: str | None
) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)
    assert only("He won a third term.", "third").kind == "rank"


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("The striker, 31, has scored 14 goals.", "31", "age", 31, "year"),
        ("A Brazilian midfielder, 24, joined on loan.", "24", "age", 24, "year"),
        ("Wages grew 5.7pc in the year to June.", "5.7pc", "percent", 5.7, "percent"),
        ("The ECB cut rates by 25 basis points.", "25 basis points", "measure", 25, "basis point"),
        ("Yields rose 30bps.", "30bps", "measure", 30, "basis point"),
    ],
)
def test_appositive_ages_pc_and_basis_points(
    text: str, span: str, kind: str, value: float, unit: str
) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)
    assert only("In the year to March, 12, were built.", "12").kind == "count"


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "qualifier"),
    [
        ("Sales should grow between 5% and 7%.", "5% and 7%", "percent", None, None),
        ("It rose 5% and 7% in two years.", "5%", "percent", 5, None),
        ("Prices are up by as much as a fifth.", "a fifth", "percent", 0.2, "as much as"),
    ],
)
def test_percent_ranges_with_and_and_bounded_fractions(
    text: str, span: str, kind: str, value: float | None, qualifier: str | None
) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.value, figure.qualifier) == (kind, value, qualifier)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "unit"),
    [
        ("A stamp costs 73 cents.", "73 cents", "money", 0.73, "usd"),
        (
            "Profit beat forecasts by 10 cents a share.",
            "10 cents a share",
            "measure",
            0.1,
            "usd per share",
        ),
    ],
)
def test_cents_are_money(text: str, span: str, kind: str, value: float, unit: str) -> None:
    figure = only(text, span)
    assert (figure.kind, figure.value, figure.unit) == (kind, value, unit)


def test_hyphenated_odds_are_a_share() -> None:
    figure = only("It was a 1-in-100-year flood.", "1-in-100")
    assert (figure.kind, figure.value) == ("percent", 0.01)


def test_a_part_of_a_year_is_one_date() -> None:
    figure = only("The deal should close in the first half of 2025.", "first half of 2025")
    assert figure.kind == "date"
    assert only("Sales fell in the third quarter of 2024.", "third quarter of 2024").kind == "date"


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        # each of these phrases ended a line of the list once, and never matched
        ("They were rescued in under one hour.", "one hour", "under"),
        ("It cost in excess of $3m to build.", "$3m", "in excess of"),
        ("Just over 40 people came.", "40 people", "just over"),
        ("No less than 12 ships sank.", "12 ships", "no less than"),
        # a date is rounded, not bounded
        ("It was painted around 1900.", "1900", "around"),
        ("Prices rose above 2019 in May 2020.", "2019", None),
        # a period, not a bound
        ("Payments are spread over three years.", "three years", None),
    ],
)
def test_qualifiers_at_line_ends_of_the_list_and_on_dates(
    text: str, span: str, qualifier: str | None
) -> None:
    assert only(text, span).qualifier == qualifier


def test_one_unit_durations_ranks_before_names_and_exact_values() -> None:
    text = "After one day the engine stopped. One day I will go back."
    assert [(f.text, f.kind, f.value, f.unit) for f in find_figures(text)] == [
        ("one day", "duration", 1.0, "day")
    ]
    assert only("He bowled at a club in Gqeberha four years ago.", "four years").kind == "duration"
    second = only("South Africa won the second Test at Newlands.", "second")
    assert (second.kind, second.value) == ("rank", 2.0)
    assert find_figures("A film by 20th Century Studios. The 9th U.S. Circuit ruled.") == []
    assert only("He won his first Grand Slam title.", "first").kind == "rank"
    assert only("The painting sold for $4.1 million.", "$4.1 million").value == 4_100_000


def test_phone_numbers_idioms_and_first_time_are_not_figures() -> None:
    text = (
        "Anyone with information should call 101 or Crimestoppers on 0800 555 111. "
        "Two-way trade rose 5%. First-time buyers fell 3%. He called 45 times."
    )
    assert [f.text for f in find_figures(text)] == ["5%", "3%", "45 times"]


def test_short_years_year_spans_and_numbers_after_names_with_a_time_unit() -> None:
    assert only("He ran afoul of Bush in ’91, aides recalled.", "’91").value == 1991
    assert only("A downturn like 2008-9 is rare.", "2008-9").kind == "date"
    assert only("He told the General Assembly 18 months ago.", "18 months").value == 18
    assert only("I showed it to Brackwell 2 years ago.", "2 years").kind == "duration"
    assert only("Rates stayed near zero for years.", "zero").qualifier == "near"


def test_years_in_laws_idioms_and_the_pronoun_after_an_adjective_are_not_figures() -> None:
    text = (
        "It is exempt under the Investment Company Act of 1940. He knows a thing or two. "
        "The deal, like the now-infamous one struck last year, was a one-two punch."
    )
    assert find_figures(text) == []


def test_a_price_before_a_product_name_and_a_decade_cut_to_two_digits() -> None:
    assert only("The $1,000 Meta Quest Pro costs less.", "$1,000").value == 1000
    assert only("Music of the ’80s returned.", "’80s").value == 1980


def test_one_day_later_is_a_duration_and_first_ever_a_rank() -> None:
    assert only("The code was freed. One day later, Mara Olen left.", "One day").kind == "duration"
    assert only("It shipped its first-ever tablet.", "first").kind == "rank"
    assert find_figures("One day, he said, it will work.") == []


def test_shillings_zloty_and_kroner_are_money() -> None:
    text = "It paid 500 million shillings, 20 zloty and 5 kroner."
    assert [(f.kind, f.unit) for f in find_figures(text)] == [
        ("money", "shilling"),
        ("money", "pln"),
        ("money", "krone"),
    ]


def test_wickets_for_runs_is_one_score_but_a_price_or_a_vote_is_not() -> None:
    assert spans("The visitors closed on 4 for 212, and Okafor took 3 for 41.") == [
        ("4 for 212", "score"),
        ("3 for 41", "score"),
    ]
    assert ("3 for 10 dollars", "score") not in spans("Stalls sold 3 for 10 dollars.")
    assert ("5 for 70", "score") not in spans("The motion was 5 for 70 against.")


def test_two_numbers_joined_by_or_are_a_range_when_the_second_is_larger() -> None:
    assert spans("Talks could end in two or three weeks.") == [("two or three weeks", "duration")]
    assert only("No more than 40 or 50 guards stay.", "40 or 50 guards").kind == "range"
    assert spans("The panel split 5 or 3 votes.") == [("5", "count"), ("3 votes", "count")]


def test_ordinals_before_a_cardinal_a_pronoun_or_a_quarter_are_no_ranks_of_their_own() -> None:
    assert spans("The first three witnesses spoke.") == [("three witnesses", "count")]
    assert spans("She won a second four-year term.") == [
        ("second", "rank"),
        ("four-year", "duration"),
    ]
    assert spans("First he thanked the crowd.") == []
    assert spans("Sales rise in the third quarter of next year.") == [("third", "rank")]
    assert spans("He fielded at third slip.") == [("third", "rank")]
    assert spans("At first nobody came.") == []


def test_number_n_after_any_word_is_a_standing_but_not_a_number_to_call() -> None:
    assert only("She beat the women's number three in Rome.", "number three").value == 3
    assert only("The home side's number 11 batsman held on.", "number 11").kind == "rank"
    assert spans("Call number 999 for help.") == []


def test_a_model_number_before_one_machine_is_no_count() -> None:
    assert spans("Crew on the 777 jetliner subdued him.") == []
    assert spans("The carrier ordered 120 jets.") == [("120 jets", "count")]


def test_day_n_is_a_rank_and_words_work_for_wickets() -> None:
    assert only("Rain fell after day one ended.", "day one").kind == "rank"
    assert only("On day three of the trial she spoke.", "day three").value == 3
    assert ("day two", "rank") not in spans("It was the day two men vanished.")
    assert only("The hosts were four for 120 at lunch.", "four for 120").kind == "score"


def test_decades_parts_of_years_and_odd_counts() -> None:
    mid = only("Prices rose in the mid 70s.", "70s")  # "mid" bounds the decade
    assert (mid.value, mid.qualifier) == (1970, "mid")
    assert spans("He is in his early 70s.") == [("70s", "age")]  # an age, not the decade
    assert only("It opens in the first half of 2031.", "first half of 2031").value == 2031
    odd = only("She visited 40-odd towns.", "40-odd towns")
    assert (odd.value, odd.unit, odd.qualifier) == (40, "town", "odd")
    assert only("He ran it for 30-odd years.", "30-odd years").kind == "duration"


def test_one_as_a_reflexive_object_or_in_go_one_better_is_no_figure() -> None:
    assert spans("Sometimes I take one myself.") == []
    assert spans("They hope to go one better this year.") == []


def test_currency_letters_after_the_dollar_sign() -> None:
    aud = only("Each was fined about $A8,800.", "$A8,800")
    assert (aud.kind, aud.value, aud.unit, aud.qualifier) == ("money", 8800, "aud", "about")
    assert only("The deal is worth $US200 million.", "$US200 million").value == 2e8


def test_unit_names_subsections_idioms_and_compass_peoples() -> None:
    assert spans("He served in the 2nd Battalion, Royal Rifles.") == []
    assert spans("It may breach section 7C (2) of the Act.") == []
    assert spans("We must, first and foremost, listen.") == []
    assert only("Up to 9,000 East Anglians voted.", "9,000").qualifier == "up to"
    assert spans("Survey results (2019) were poor.") == [("2019", "date")]


def test_one_year_after_the_eighths_and_something_like() -> None:
    assert only("He got the one-year sentence.", "one-year").value == 1
    assert only("They pay one-eighth of the costs.", "one-eighth").value == 0.125
    assert only("We had something like 900 arrivals.", "900 arrivals").qualifier == "something like"
    assert only("It hit just after 5:30am.", "5:30am").qualifier == "just after"


def test_shares_of_a_total_in_words_and_without_a_noun() -> None:
    assert spans("The court found six of the eight guards guilty.") == [
        ("six of the eight guards", "count")
    ]
    assert spans("Four of the 12 on board survived.") == [("Four of the 12", "count")]


def test_wickets_before_a_run_quarter_points_rupiah_and_idioms() -> None:
    assert spans("They closed at 0 for 4.") == [("0 for 4", "score")]
    cut = only("The bank cut rates by a quarter-point.", "a quarter-point")
    assert (cut.kind, cut.value, cut.unit) == ("percent", 0.25, "percentage point")
    assert only("It cost 2 billion rupiah ($AUD200,000).", "2 billion rupiah").unit == "idr"
    assert only("It cost 2 billion rupiah ($AUD200,000).", "$AUD200,000").value == 200000
    assert spans("At one point, all but one left.") == []


def test_mixed_fractions_cents_school_years_and_half_year() -> None:
    assert only("The siege lasted 3 1/2 hours.", "3 1/2 hours").value == 3.5
    assert only("It paid 27c a share.", "27c a share").value == 0.27
    assert only("She is in Year 10 at a local school.", "Year 10").kind == "rank"
    assert only("Its half-year profit fell.", "half-year").unit == "year"


def test_half_of_one_unit_is_that_unit_not_a_share() -> None:
    hour = only("They waited nearly half an hour.", "half an hour")
    assert (hour.kind, hour.value, hour.unit, hour.qualifier) == ("duration", 0.5, "hour", "nearly")
    assert only("It began half a century ago.", "half a century").unit == "century"
    assert only("Rates rose half a percentage point.", "half a percentage point").kind == "percent"
    assert only("Half of the voters stayed home.", "Half").kind == "percent"


def test_a_year_after_a_name_is_part_of_the_name_but_a_season_s_year_is_a_date() -> None:
    # numbers that are part of names are no figures: an event, a product, a group, a law
    assert spans("T1 are your Worlds 2023 champions!") == []
    assert spans("At Euro 2024, Spain won.") == []
    assert spans("Fifa 2005 is back at the top of the charts.") == []
    assert spans("It runs on Windows 2000 and Server 2003.") == []
    assert spans("They trained for the Los Angeles 2028 Olympics.") == []
    assert spans("It broke the Financial Services Act 2000 twice.") == [("twice", "count")]
    assert spans("A deal is due by Spring 2005.") == [("2005", "date")]
    assert spans("Sales rose over Christmas 2004.") == [("2004", "date")]
    # a headline's last word is no name of the year opening the next line
    assert spans("An Irish Athletics Year\n\n2004 won't be remembered.") == [("2004", "date")]


def test_change_and_level_after_by_are_two_figures_but_close_values_a_range() -> None:
    assert spans("The cap will drop by £74 to £1,690 in April.") == [
        ("£74", "money"),
        ("£1,690", "money"),
    ]
    assert spans("Prices rose by 5% to 20% last year.") == [("5%", "percent"), ("20%", "percent")]
    assert spans("The cap would edge up by 1% to 2% in July.") == [("1% to 2%", "percent")]
    assert spans("Prices ranged from $1 to $8.25.") == [("$1 to $8.25", "money")]


def test_opening_verbs_are_no_names_and_one_before_a_verb_is_a_pronoun() -> None:
    assert spans("Amassing 19 kills, the side won.") == [("19 kills", "count")]
    assert spans("Chasing 375 for victory, they fell short.") == [("375", "count")]
    assert spans("Three laws passed. One prohibits drones.") == [("Three laws", "count")]
    assert spans("They agreed one series of talks.") == [("one series", "count")]


def test_about_and_over_after_a_verb_they_complete_bound_nothing() -> None:
    assert only("He was talking about one area.", "one area").qualifier is None
    assert only("She handed over 300 files.", "300 files").qualifier is None
    assert only("It cost about $5.", "$5").qualifier == "about"
    assert only("It drew over 300 fans.", "300 fans").qualifier == "over"


def test_two_small_number_words_side_by_side_are_two_numbers() -> None:
    assert only("Two four-storey buildings fell.", "Two four-storey buildings").value == 2
    assert (
        only("Some twenty-one thousand people came.", "twenty-one thousand people").value == 21000
    )
    assert only("They saw ninety nine balloons.", "ninety nine balloons").value == 99
    assert only("It was one hundred and five.", "one hundred and five").value == 105


def test_from_one_figure_to_another_is_a_change_after_a_change_word_or_downwards() -> None:
    assert spans("It increased the fare from £6 to £10.") == [("£6", "money"), ("£10", "money")]
    assert spans("Job gains slowed, from 157,000 to 133,000.") == [
        ("157,000", "count"),
        ("133,000", "count"),
    ]
    assert spans("Prices ranging from £19 to £29 were set.") == [("£19 to £29", "money")]
    assert spans("She was governor from 2019 to 2022.")[0][0] == "2019 to 2022"


def test_pence_quarters_race_distances_and_capitalised_peoples_after_m() -> None:
    pence = only("Shares rose four pence to 274.5 pence.", "274.5 pence")
    assert (pence.kind, pence.value, pence.unit) == ("money", 2.745, "gbp")
    assert only(
        "Profits were lower than in the preceding three quarters.", "three quarters"
    ).unit == ("quarter")
    assert only("Up to three quarters fell.", "three quarters").value == 0.75
    assert only("It grew for two successive quarters.", "two successive quarters").value == 2
    assert only("She ran the 60m hurdles twice.", "60m").value == 60
    assert only("About 1.6m Muslims live there.", "1.6m Muslims").value == 1_600_000


def test_between_two_amounts_with_units_and_a_clock_time_in_parts_are_one_figure() -> None:
    assert spans("They could claim between 150 euros and 300 euros.") == [
        ("150 euros and 300 euros", "money")
    ]
    assert spans("Dibaba won in 14 minutes 32.93 seconds.") == [
        ("14 minutes 32.93 seconds", "duration")
    ]
    assert spans("He ran it in two hours two minutes and 51 seconds.") == [
        ("two hours two minutes and 51 seconds", "duration")
    ]
    assert spans("They met 5 people and 7 dogs.") == [("5 people", "count"), ("7 dogs", "count")]


def test_short_time_units_titles_per_second_codes_and_a_price_move() -> None:
    record = only("He set a record of 44.63secs in 1995.", "44.63secs")
    assert (record.kind, record.value, record.unit) == ("duration", 44.63, "second")
    assert only("They waited 10 mins.", "10 mins").unit == "minute"
    assert spans("Scotland's first minister spoke.") == []
    assert spans("It runs at 75 megabits per second.") == [("75 megabits", "count")]
    assert spans("Ofcom made 056 the area code.") == []
    assert spans("Crude rose $1.64 to $47.10.") == [("$1.64", "money"), ("$47.10", "money")]
    assert spans("Sales rose 5% to 6% last year.") == [("5% to 6%", "percent")]
    assert only("She ran the 400m indoors.", "400m").value == 400


def test_aged_with_two_numbers_is_a_range_of_ages() -> None:
    ages = only("Learners aged 16 to 18 took part.", "aged 16 to 18")
    assert (ages.kind, ages.value) == ("age", None)
    assert only("People aged between 15 and 24 replied.", "aged between 15 and 24").kind == "age"
    assert only("A man aged 45 was held.", "aged 45").value == 45
    assert only("The tree may be 2,000 years old.", "2,000 years old").value == 2000


def test_decade_words_centuries_and_parts_of_a_time() -> None:
    seventies = only("We have seen worse in the seventies.", "seventies")
    assert (seventies.kind, seventies.value) == ("date", 1970)
    nineties = only("Sales peaked in the early Nineties.", "Nineties")
    assert (nineties.value, nineties.qualifier) == (1990, "early")
    assert spans("She is in her early sixties.") == [("sixties", "age")]  # her age, no decade
    century = only("It goes back to the 19th Century.", "19th Century")
    assert (century.kind, century.value, century.unit) == ("date", 19, "century")
    assert only("The console launched in late 2003.", "2003").qualifier == "late"
    assert only("There is speculation about 5 May.", "5 May").qualifier is None


def test_a_lead_by_two_shares_a_number_in_thousands_after_a_place_and_race_titles() -> None:
    assert spans("Labour led the Conservatives by 39% to 34%.") == [
        ("39%", "percent"),
        ("34%", "percent"),
    ]
    assert ("53,000", "count") in spans("It was 59,000 in England and in Scotland 53,000.")
    titles = only("She won the world 200m titles in 2003.", "200m")
    assert (titles.kind, titles.value, titles.unit) == ("measure", 200, "m")


def test_compounds_that_lost_their_hyphen_are_no_figures() -> None:
    text = (
        "He read first hand accounts at a one stop shop. She got round in one piece. "
        "It is no one trick pony. The second you appear, they cheer. The second round began."
    )
    assert spans(text) == [("second", "rank")]
    # an idiom after a number leaves the number alone
    assert spans("They met three times at one stop shop events.") == [("three times", "count")]


def test_a_share_after_that_relay_legs_and_run_distances_after_a_name() -> None:
    assert only("It found that a quarter of web users paid.", "a quarter").value == 0.25
    assert only("It found that a third of users paid.", "a third").kind == "percent"
    assert spans("Sales fell in that quarter.") == []
    relay = only("He won Olympic 4x100m relay gold.", "4x100m")
    assert (relay.kind, relay.unit) == ("measure", "m")
    run = only("She was second in the women's 5K final.", "5K")
    assert (run.kind, run.value, run.unit) == ("measure", 5, "km")
    assert only("It has a 4K display.", "4K").unit == "pixel"  # a picture's size, no code
    assert only("She ran the Run London 10km race.", "10km").unit == "km"
    assert spans("It runs Windows 95 well.") == []


def test_years_and_months_are_one_duration() -> None:
    assert spans("He was jailed for nine years and four months.") == [
        ("nine years and four months", "duration")
    ]
    assert spans("It has two months and 10 days to file.") == [
        ("two months and 10 days", "duration")
    ]
    assert len(spans("He got two days and three years.")) == 2


def test_how_often_a_rate_per_second_and_compounds_without_their_hyphen() -> None:
    once = only("They take a snap at least once a month.", "once")
    assert (once.kind, once.value, once.qualifier) == ("count", 1, "at least")
    assert spans("Once complete, it runs.") == []
    assert spans("It films 30 frames a second.") == [("30 frames", "count")]
    assert only("It was a second blow.", "second").kind == "rank"
    assert spans("It wants third party developers and zero tolerance of two bit rivals.") == []


def test_a_phones_model_number_is_no_figure() -> None:
    assert spans("Icons on their 7610 phone were swapped.") == []
    assert spans("He sold 5000 phones.") == [("5000 phones", "count")]


def test_a_scale_letter_before_a_currency_word_or_a_two_word_plural() -> None:
    euro = only("It is a new 7.5m euro project.", "7.5m euro")
    assert (euro.kind, euro.value, euro.unit) == ("money", 7_500_000, "eur")
    texts = only("Users sent 133m text messages.", "133m text messages")
    assert (texts.kind, texts.value, texts.unit) == ("count", 133_000_000, "message")
    assert only("He ran 400m flat races.", "400m").unit == "m"


def test_print_sizes_names_opening_with_an_ordinal_and_lists_of_titles() -> None:
    size = only("Prints that were 6x4in cost less.", "6x4in")
    assert (size.kind, size.unit) == ("measure", "inch")
    assert spans("Twentieth Century Fox is still neutral.") == []
    assert spans("It would give a 'one stop' justice system.") == []
    assert spans("The game is seen from a third person perspective.") == []
    assert spans("If you have finished Doom 3, Half Life 2 and Halo 2, wait.") == []
    assert spans("Italy 1 Brazil 1") == [("1", "score"), ("1", "score")]


def test_a_year_before_its_verb_counts_nothing() -> None:
    text = "The most requested search terms of 2004 included games and music."
    assert spans(text) == [("2004", "date")]
    assert spans("It sold 2004 cars.") == [("2004 cars", "count")]


def test_a_year_and_what_follows_it_are_two_figures() -> None:
    assert spans("Sales grow from 81,000 units in 2003 to 106,000 in 2007.") == [
        ("81,000 units", "count"),
        ("2003", "date"),
        ("106,000", "count"),
        ("2007", "date"),
    ]
    assert spans("Parliament could decide in 2011 or 2012.") == [("2011", "date"), ("2012", "date")]
    assert spans("He was sentenced in 2023 to three years.")[0] == ("2023", "date")
    assert spans("It ran from 2015 to 2016.") == [("2015 to 2016", "range")]
    assert spans("It cost $1999 to $2500.") == [("$1999 to $2500", "money")]


def test_plurals_in_ses_of_nouns_in_s() -> None:
    assert only("The firm ordered 200 buses.", "200 buses").unit == "bus"
    assert only("They sold 30 houses.", "30 houses").unit == "house"


def test_first_second_and_one_as_words_of_order_or_time_count_nothing() -> None:
    assert spans("She intends to put parents first in education policy.") == []
    assert spans("He came first in the race.") == [("first", "rank")]
    assert spans("It sends billions of pulses every second to carry data.") == [
        ("billions of pulses", "count")
    ]
    assert spans("It is passed to a second or third person.") == [
        ("second", "rank"),
        ("third", "rank"),
    ]
    assert spans("They must put their squabbles to one side.") == []
    assert spans("Download it in one go.") == []


def test_better_than_and_or_more_after_what_is_counted_bound_a_figure() -> None:
    assert only("They expect a better than 50% chance.", "50%").qualifier == "better than"
    text = "Attacks send 200 megabytes of traffic or more a second."
    assert only(text, "200 megabytes").qualifier == "or more"


def test_an_ordinal_after_a_verb_and_a_is_a_rank_and_a_fraction_of_a_million_a_count() -> None:
    assert spans("Labour may win a third term in power.") == [("third", "rank")]
    assert spans("The Lib Dems were the third party.") == [("third", "rank")]
    assert spans("It courts third party developers.") == []
    assert spans("It shows 30 frames a second.") == [("30 frames", "count")]
    jobs = only("Almost a quarter of a million jobs go.", "a quarter of a million jobs")
    assert (jobs.value, jobs.unit, jobs.qualifier) == (250000, "job", "almost")


def test_idioms_versions_and_titles_with_number_words_count_nothing() -> None:
    assert spans("Their pensions were knocked for six. They are angry.") == []
    assert spans("It is for some thing and not some one.") == []
    assert spans("Users running versions 4.7 and earlier are at risk.") == []
    assert spans("It is a traditional first person viewed game.") == []
    assert spans("The genius of something like Half Life 2 is its pace.") == []
    assert spans("Half of voters agree.") == [("Half", "percent")]


def test_a_range_of_three_digit_measures_and_a_temperature_after_a_place() -> None:
    assert spans("It packed winds of 120-130km/h on Friday.") == [("120-130km/h", "measure")]
    assert spans("The Boeing 787-9 jet landed.") == []
    assert spans("Seville reached 43C and Cordoba 42.8C on Friday.") == [
        ("43C", "measure"),
        ("42.8C", "measure"),
    ]
    assert spans("It runs Windows 10 now.") == []


def test_gigahertz_thousands_of_ordinals_numbered_points_and_house_numbers() -> None:
    chip = only("It has a 1.8GHz AMD Sempron chip.", "1.8GHz")
    assert (chip.kind, chip.value, chip.unit) == ("measure", 1.8, "hertz")
    assert only("It was his 2,838th day in office.", "2,838th").value == 2838
    text = "The facts of this threat: 1) If these terrorists act. 2) The terrorists are few."
    assert spans(text) == []
    assert spans("It fell on later occupants of 10 Downing Street, she said.") == []
    assert spans("He lost 2) to nobody.")[0] == ("2", "count")


def test_first_time_buyers_the_first_place_first_names_and_the_sixth_form_are_no_ranks() -> None:
    assert spans("The party will help first time buyers.") == []
    assert spans("It is the first time researchers have done it.") == [("first", "rank")]
    assert spans("That is why we joined in the first place.") == []
    assert spans("He came in first place.") == [("first", "rank")]
    assert spans("She used their first names.") == []
    assert spans("He is a sixth form teacher.") == []


def test_a_sum_on_a_blackboard_and_a_number_word_after_a_name_are_read_apart() -> None:
    assert spans("He held a blackboard reading 2+2=5.") == []
    assert spans("Voters gave Tony Blair two election victories.") == [
        ("two election victories", "count")
    ]
    assert spans("Hayden is on 31 and Mark Waugh eight.")[-1] == ("eight", "count")
    assert spans("He made his fourth Test hundred.") == [("fourth", "rank")]


def test_one_thing_counts_unless_it_opens_the_one_thing_another_idiom() -> None:
    assert only("Critics agree on one thing: he is a master.", "one thing").unit == "thing"
    assert spans("It's one thing taking pictures, another selling them.") == []
    assert spans("He said one thing in public and another in private.") == []
    assert spans("It is one thing to talk.") == []


def test_two_times_of_day_joined_by_to_are_one_range() -> None:
    assert spans("Schools open from 8am to 6pm.") == [("8am to 6pm", "range")]


def test_a_number_counts_the_capitalised_plural_after_it() -> None:
    gurkhas = only("They will send a company of 120 Gurkhas to help.", "120 Gurkhas")
    assert (gurkhas.value, gurkhas.unit) == (120, "gurkha")
    assert only("It owns 100 Hard Rock Cafes in all.", "100 Hard Rock Cafes").unit == "cafe"
    assert only("He played in five Tests.", "five Tests").unit == "test"
    assert only("It recalled 450,000 Ridgeback SUVs.", "450,000 Ridgeback SUVs").unit == "suv"
    assert only("Two United States fighter jets flew.", "Two").unit is None  # no "state"
    assert only("He shut dozens of Hamas and Jihad offices.", "dozens").unit is None
    assert spans("In 2005 Brits spent more.") == [("2005", "date")]
    assert only("Its 2 Sisters Food Group plant shut.", "2").unit is None


def test_rupees_written_rs_and_a_hyphenated_measure_after_a_capital_word() -> None:
    assert only("The bar charges Rs 300 for air.", "Rs 300").unit == "inr"
    wheels = only("New 22-inch alloy wheels come standard.", "22-inch")
    assert (wheels.kind, wheels.value, wheels.unit) == ("measure", 22, "inch")
    assert spans("It runs Windows 10 now.") == []


def test_scale_words_written_onto_the_number_and_a_change_to_a_level() -> None:
    fee = only("Chelsea paid the £71.6million fee.", "£71.6million")
    assert (fee.kind, fee.value, fee.unit) == ("money", 71.6e6, "gbp")
    assert only("It has a 13.8-billion-year history.", "13.8-billion-year").value == 13.8e9
    assert spans("Orders fell by 30 to 126, it said.") == [("30", "count"), ("126", "count")]
    assert spans("Rates edge up by 1% to 2%.") == [("1% to 2%", "percent")]


def test_editions_streets_models_after_counts_lists_and_phone_numbers() -> None:
    assert spans("It opened at the 7th Amsterdam Light Festival.") == [("7th", "rank")]
    assert spans("They walked down 6th Avenue.") == []
    assert spans("It has 400 737 Max jets.") == [("400", "count")]
    assert spans("He was named a 40 Under 40 recipient.") == []
    assert spans("He hid and called 911. Police came.") == []
    assert spans("It called 300 witnesses.") == [("300 witnesses", "count")]
    assert spans("More info: +49 (0)40 890 85-433") == []
    assert only("Benchmark 10-year notes rose.", "10-year").unit == "year"
    assert only("RRP: 49.95 Euro (£40).", "49.95 Euro").unit == "eur"


def test_citation_marks_emergency_calls_test_scores_and_models_in_millions() -> None:
    assert spans("There are 1,000 alarms per shift [1], it says.") == [("1,000 alarms", "count")]
    assert spans("Officials began receiving 911 calls on Tuesday.") == []
    assert spans("Single-core scores rose.") == []
    assert spans("Scores of people died.") == [("Scores of people", "count")]
    assert spans("They tried to zero in on the cause.") == []
    assert spans('It listed them.\n\n3. "Not some irregular channel."') == []
    assert only("South Dakota spends $449K on ads.", "$449K").value == 449000
    assert spans("It has a Radeon Pro 5300M chip.") == []
    assert spans("It sold well from 2012 through 2015.") == [("2012 through 2015", "range")]


def test_numbered_references_to_studies_are_no_figures() -> None:
    text = "Skipping meals raised the risk of overeating (3).\n\nIt aids weight loss (10, 11)."
    assert spans(text) == []
    assert spans("John Smith (25), a local man, was hurt.") == [("25", "age")]
    assert spans("Haase won 7-5, 7-6 (5).") != []


def test_picture_sizes_and_frame_rates_are_measures() -> None:
    text = "It streams at 4K and 60fps, or 1080p, from a 4K-ready Chromecast."
    found = [(f.kind, f.value, f.unit) for f in find_figures(text)]
    assert found == [
        ("measure", 4000, "pixel"),
        ("measure", 60, "fps"),
        ("measure", 1080, "pixel"),
        ("measure", 4000, "pixel"),
    ]
    assert only("The bet cost 1,240p.", "1,240p").unit == "gbp"  # pence, not a picture size
    assert only("She won the 5K race.", "5K").unit == "km"


def test_a_run_of_days_in_one_month_is_one_range() -> None:
    assert spans("The show runs Oct. 5–7, in Gladstone.") == [("Oct. 5–7", "range")]
    assert spans("It takes place 18-24 November.") == [("18-24 November", "range")]
    assert spans("A May 2-1 win followed.")[0] != ("May 2-1", "range")


def test_a_dateline_opens_the_first_sentence() -> None:
    found = spans("WASHINGTON – Two federal prison officers were charged Tuesday.")
    assert found == [("Two federal prison officers", "count")]
    assert spans("LOS ANGELES (AP) — Three men were held.") == [("Three men", "count")]


def test_put_the_first_woman_ranks_her_and_one_last_month_is_a_pronoun() -> None:
    assert spans("Artemis aims to put the first woman on the Moon.") == [("first", "rank")]
    assert spans("They put the customer first.") == []
    assert spans("Outages followed, including one last month.") == []
    assert spans("He was held by another one of them.") == []


def test_within_and_maximum_bound_a_figure() -> None:
    assert only("It will be done within five years.", "five years").qualifier == "within"
    assert only("They face a maximum two year ban.", "two year").qualifier == "maximum"


def test_watts_watt_hours_torque_and_battery_charge_written_onto_the_number() -> None:
    text = "It has a 100Wh battery, an 87W charger, 197 Nm of torque and a 4,000mAh cell."
    found = [(f.text, f.value, f.unit) for f in find_figures(text)]
    assert found == [
        ("100Wh", 100, "watt hour"),
        ("87W", 87, "watt"),
        ("197 Nm", 197, "newton metre"),
        ("4,000mAh", 4000, "milliamp hour"),
    ]


def test_a_house_number_before_a_compass_letter_and_a_ranked_entry_after_a_colon() -> None:
    assert spans("Burton, 57, of 3170 W. County Road, was held.") == [("57", "age")]
    text = "Czech Republic (Group A): Seventh appearance\nWales (Group E): Second appearance"
    assert spans(text) == [("Seventh", "rank"), ("Second", "rank")]
    assert spans("He said: First, we win.") == []


def test_mid_year_bounds_the_year_and_trailing_or_older_or_later_bound_a_figure() -> None:
    mid = only("The refresh came in mid-2019.", "2019")
    assert (mid.value, mid.qualifier) == (2019, "mid")
    assert only("Users of a 2015 or older MacBook", "2015").qualifier == "or older"
    assert only("It runs on a 2012 or later model.", "2012").qualifier == "or later"


def test_one_game_counts_no_6_ranks_and_no_10_is_downing_street() -> None:
    assert spans("He drew a one-game suspension.") == [("one-game", "count")]
    assert spans("It was a one-off payment.") == []
    assert spans("He came in at No.6 in the order.") == [("No.6", "rank")]
    assert spans("It was drafted in No 10. He said No 10 did not, at Number 10.") == []
    assert spans("Seats go on a first-come, first-served basis.") == []


def test_results_records_parts_of_a_whole_quarters_megapixels_and_named_numbers() -> None:
    found = [(f.text, f.kind, f.value) for f in find_figures("Wild 4, Sabres 1: Parise scored.")]
    assert found == [("4", "score", 4), ("1", "score", 1)]
    assert spans("New York improved to 14-0-1 in its last 15 games.") == [
        ("14-0-1", "score"),
        ("15 games", "count"),
    ]
    won = only("The Lakers have won 12 of 13 at home.", "12 of 13")
    assert (won.kind, won.value) == ("count", 12)
    assert only("Profits rose in Q3.", "Q3").value == 3
    assert only("It has a 12MP camera.", "12MP").unit == "megapixel"
    assert spans("He saved into a 401(k) under the 25th Amendment.") == []


def test_a_rate_per_a_base_a_numbered_heading_and_a_name_s_number() -> None:
    rate = only("It fell from a rate of 7.03 per 1,000 passengers.", "7.03 per 1,000 passengers")
    assert (rate.kind, rate.value) == ("measure", 7.03)
    assert spans("It ended.\n\n3 The Undersea Information Highway\n\nIt began.") == []
    assert spans("Work on Water Tunnel No. 3 continues.") == []
    assert spans("As No. 4 Ohio State prepares, 3 people watch.") == [
        ("No. 4", "rank"),
        ("3 people", "count"),
    ]


def test_one_person_of_a_nation_is_counted() -> None:
    text = "Nine Germans were wounded, along with one Norwegian and one Peruvian."
    norwegian = only(text, "one Norwegian")
    assert (norwegian.kind, norwegian.value, norwegian.unit) == ("count", 1, "norwegian")
    assert only(text, "one Peruvian").unit == "peruvian"
    assert only("One Briton was hurt.", "One Briton").value == 1
    assert spans("One Direction sang.") == []


def test_odds_in_millions_periods_in_quarters_and_a_crime_s_degree() -> None:
    odds = only("The odds of winning are one in 292 million.", "one in 292 million")
    assert (odds.kind, round(odds.value * 1e9, 2)) == ("percent", 3.42)
    periods = only("A recession - two quarters of declining profits - looms.", "two quarters")
    assert (periods.kind, periods.value, periods.unit) == ("duration", 2, "quarter")
    assert only("Three quarters of voters agreed.", "Three quarters").value == 0.75
    assert spans("He faces second-degree murder charges and first-degree burns.") == []


def test_a_vote_tally_a_second_official_of_a_nation_and_hong_kong_s_formula() -> None:
    assert spans("The measure passed by 418-2 in the House.") == [("418-2", "score")]
    assert spans("The court ruled in a 5-4 vote.") == [("5-4", "score")]
    assert spans("Children aged 5-11 were hurt.") == [("aged 5-11", "age")]
    assert only("A second Iranian official said so.", "second").value == 2
    assert spans('Beijing backs the "one country, two systems" formula.') == []
    assert spans("China claims all within its nine-dash line.") == []
    assert spans("He was a hero of the War of 1812.") == []
    assert spans("The winning numbers were 08 27 34 04 19 at a 7-Eleven.") == []
    assert spans("It holds five micrograms per tenth-of-a-liter.") == [("five micrograms", "count")]


def test_one_official_of_a_country_named_by_its_abbreviation_is_counted() -> None:
    one = only("One U.S. administration official said so.", "One U.S. administration official")
    assert (one.kind, one.value, one.unit) == ("count", 1, "official")
    assert only("He met one U.N. diplomat.", "one U.N. diplomat").unit == "diplomat"
    assert spans("One EU country objected.") == []


def test_an_age_by_decade_a_mixed_fraction_a_bond_s_32nds_and_a_street_corner() -> None:
    assert only("A man in his mid-20s walked in.", "mid-20s").kind == "age"
    forties = only("They were in their 40s.", "40s")
    assert (forties.kind, forties.value) == ("age", 40)
    assert only("He died in his sixties.", "sixties").value == 60
    assert only("Prices in the early 80s rose.", "80s").kind == "date"
    assert only("He served 5-1/2 years in prison.", "5-1/2 years").value == 5.5
    bond = only("Treasury notes lost 11/32 in price.", "11/32")
    assert (bond.kind, bond.value, bond.unit) == ("measure", 11 / 32, "point")
    assert spans("It happened just off 17th and E streets.") == []


def test_an_eastern_time_in_hours_and_a_bound_at_or_above() -> None:
    assert spans("Brent was at 0745 GMT (0245 ET).") == [("0745 GMT", "time"), ("0245 ET", "time")]
    assert only("Bids at or above $5 billion came.", "$5 billion").qualifier == "at or above"


def test_market_codes_models_plurals_courts_and_a_count_after_a_dashless_dateline() -> None:
    assert spans("Honda Motor Co (7267.T) fell.") == []
    assert spans("It flies a fleet of 737s.") == []
    assert spans("Prices in the 1990s rose, and 9,000 under 18s came.") == [
        ("1990s", "date"),
        ("9,000", "count"),
        ("18", "count"),
    ]
    assert spans("It asked the 2nd Circuit for a rehearing.") == []
    eight = only("WASHINGTON Eight automakers said on Friday.", "Eight automakers")
    assert (eight.value, eight.unit) == (8, "automaker")
    assert spans("He drove in Formula One races.") == []


def test_a_change_then_a_level_a_band_and_bounds_that_are_not_the_figure_s() -> None:
    assert spans("Claims edged up 750 to 268,000 last week.") == [
        ("750", "count"),
        ("268,000", "count"),
    ]
    assert spans("We were down 2-0 at half-time and lost the match.") == [("2-0", "score")]
    band = only(
        "Rates sit in a range of 0.25 percent to 0.50 percent.", "0.25 percent to 0.50 percent"
    )
    assert band.kind == "percent"
    assert only("Stocks traded near a 43-year low.", "43-year").qualifier is None
    assert only("Alerts sat for as long as 14 months.", "14 months").qualifier == "as long as"


def test_cents_of_a_named_currency_a_fall_to_a_level_and_a_share_of_recent_years() -> None:
    cents = only("Sterling fell 15 U.S. cents on the day.", "15 U.S. cents")
    assert (cents.kind, cents.value, cents.unit) == ("money", 0.15, "usd")
    assert only("It cost 40 euro cents.", "40 euro cents").unit == "eur"
    assert spans("U.S. crude shed $2.02 to $48.09 a barrel.") == [
        ("$2.02", "money"),
        ("$48.09 a barrel", "measure"),
    ]
    share = only("Sales fell in three of the past four years.", "three of the past four years")
    assert (share.value, share.unit) == (3, "year")
    assert spans("He has won two of the first three contests.") == [
        ("two of the first three contests", "count")
    ]


def test_at_one_stage_someone_who_did_and_a_reuters_chain_code_are_no_figures() -> None:
    assert spans("The dollar hit 106.81 at one stage. At one point he left.") == [
        ("106.81", "count")
    ]
    assert spans("Police named the staff. One worked as a delivery man.") == []
    assert spans("One injured man was taken to hospital.") == [("One injured man", "count")]
    assert spans("Fed funds futures <0#FF:> were toying with a cut.") == []


def test_as_young_as_and_as_far_as_bound_a_figure() -> None:
    assert only("Protesters as young as 17 joined.", "17").qualifier == "as young as"
    assert only("Homes as far as 15 km away shook.", "15 km").qualifier == "as far as"


def test_a_half_without_its_a_a_capital_aged_two_days_of_a_month_and_a_series() -> None:
    assert only("He served two and half years.", "two and half years").value == 2.5
    big = only("It has three and half million players.", "three and half million players")
    assert big.value == 3.5e6
    assert [f.value for f in analyse_text("Sales fell and half the staff left.").figures] == [0.5]
    aged = only("Aged 31, the suspect was seized.", "31")
    assert (aged.kind, aged.value) == ("age", 31)
    assert spans("The visit on March 21 and 22 will be short.") == [("March 21 and 22", "range")]
    assert spans("By March 21 and 22 people had died.") == [
        ("March 21", "date"),
        ("22 people", "count"),
    ]
    game = only("They won Game Seven of the best-of-seven Finals.", "Game Seven")
    assert (game.kind, game.value, game.unit) == ("rank", 7, "game")
    series = only("They won Game Seven of the best-of-seven Finals.", "best-of-seven")
    assert (series.kind, series.value, series.unit) == ("count", 7, "game")


def test_a_share_of_a_named_body_s_members_is_one_count() -> None:
    share = only(
        "He spoke for six of Viacom's 11 board members.", "six of Viacom's 11 board members"
    )
    assert (share.kind, share.value) == ("count", 6)


def test_a_stretch_of_months_and_a_court_s_docket_number() -> None:
    assert spans("He served from November 2013 to July 2014.") == [
        ("November 2013 to July 2014", "range")
    ]
    assert spans("The case is Apple Inc v. Samsung, No. 15-1171.") == []


def test_twice_counts_two_times_but_second_thoughts_and_a_quoted_title_are_no_figures() -> None:
    twice = only("The Fed plans to raise rates twice in 2016.", "twice")
    assert (twice.kind, twice.value, twice.unit) == ("count", 2, "time")
    assert spans("People will think twice.") == []
    assert spans("Trump privately had second thoughts.") == []
    assert spans('The pair recorded an interview with CBS\'s "60 Minutes" on Sunday.') == []


def test_a_half_dozen_a_quarter_million_and_a_half_mile() -> None:
    dozen = only("More than a half-dozen Iranians were charged.", "a half-dozen Iranians")
    assert (dozen.value, dozen.unit, dozen.qualifier) == (6, "iranian", "more than")
    million = only(
        "The attack cut power to a quarter-million customers.", "a quarter-million customers"
    )
    assert (million.kind, million.value) == ("count", 250_000)
    mile = only("The tunnel ran a half mile under the border.", "a half mile")
    assert (mile.kind, mile.value, mile.unit) == ("measure", 0.5, "mile")
    assert only("He served five and a half years.", "five and a half years").value == 5.5


def test_an_estimated_figure_is_qualified_and_hedged_but_an_estimating_verb_is_no_qualifier() -> (
    None
):
    briefing = analyse_text("The famine killed an estimated 25 million people.", entities=False)
    (figure,) = briefing.figures
    assert (figure.qualifier, figure.hedge) == ("an estimated", "estimated")
    assert only(
        "Half of the estimated 11 million migrants stay.", "11 million migrants"
    ).qualifier == ("estimated")
    assert only("The company estimated 500 jobs would go.", "500 jobs").qualifier is None


def test_the_eleventh_hour_is_no_rank() -> None:
    assert spans("They settled at the proverbial eleventh hour.") == []
    assert spans("It was the eleventh game.") == [("eleventh", "rank")]


def test_a_jetliner_s_model_number_is_no_count_but_a_firm_s_workers_are() -> None:
    for text in (
        "We need regulations that address 737- and 747-scale aircraft.",
        "The airline cut its commitment of 777x jets, and the 777 program was delayed.",
        "It grounded its 737 Max jets.",
    ):
        assert spans(text) == [], text
    assert only("Flight 9 carried 777 passengers.", "777 passengers").value == 777
    workers = only(
        "Nearly 40,000 Verizon Communications Inc (VZ.N) workers walked off the job.",
        "40,000 Verizon Communications Inc (VZ.N) workers",
    )
    assert (workers.value, workers.unit, workers.qualifier) == (40_000, "worker", "nearly")


def test_a_mixed_fraction_before_a_unit_is_no_score_in_a_sentence_that_says_battling() -> None:
    text = "Turkey is battling militants, and a 2-1/2-year ceasefire collapsed after the game."
    figure = only(text, "2-1/2-year")
    assert (figure.kind, figure.value, figure.unit) == ("duration", 2.5, "year")


def test_one_counts_the_noun_after_a_plural_that_modifies_it() -> None:
    text = "Police patrolled. One police officer died and one women's group met."
    assert (only(text, "One police officer").value, only(text, "One police officer").unit) == (
        1,
        "officer",
    )
    assert only(text, "one women's group").unit == "group"


def test_a_rising_pair_of_three_digit_numbers_before_a_noun_is_a_range_not_a_model() -> None:
    text = "Officials said around 300-400 people died. The 787-9 jets and A300-600 planes flew."
    figure = only(text, "300-400 people")
    assert (figure.kind, figure.unit, figure.qualifier) == ("range", "person", "around")
    assert [f.text for f in find_figures(text)] == ["300-400 people"]


def test_two_people_aged_two_numbers_have_an_age_each() -> None:
    text = "The victims, two men aged 50 and 26, died. Those aged between 15 and 24 voted."
    assert (only(text, "aged 50").value, only(text, "26").value) == (50, 26)
    assert only(text, "aged between 15 and 24").value is None


def test_a_count_in_thousands_before_a_capitalised_product_is_no_model_number() -> None:
    text = "Tesla has 198,000 Model 3 reservations; Boeing flew the 737 Max."
    assert [f.text for f in find_figures(text)] == ["198,000"]


def test_one_before_a_hyphened_noun_counts_one_of_it_but_not_in_set_phrases() -> None:
    text = "He wrote a one-page letter from a one-story house. It was a one-off, a one-way trip."
    assert (only(text, "one-page").value, only(text, "one-story").unit) == (1, "story")
    assert [f.text for f in find_figures(text)] == ["one-page", "one-story"]


def test_a_decade_or_a_century_is_a_duration_of_one() -> None:
    text = "Rates rose for the first time in nearly a decade; pipes more than a century old leak."
    decade, century = only(text, "a decade"), only(text, "a century")
    assert (decade.kind, decade.value, decade.unit, decade.qualifier) == (
        "duration",
        1,
        "decade",
        "nearly",
    )
    assert (century.unit, century.qualifier) == ("century", "more than")


def test_a_range_in_thousands_and_a_phone_s_model_letter() -> None:
    text = "Tesla could take 250,000-300,000 orders. Sales of the iPhone 6S and 6S Plus rose."
    assert [(f.text, f.kind) for f in find_figures(text)] == [("250,000-300,000 orders", "range")]


def test_second_ranks_a_named_thing_or_a_finisher_but_is_no_moment() -> None:
    text = (
        "It was illegal without a second UN resolution. A second EU official agreed. Kim "
        "Gevaert was second. Wait a second. In a second, it was over."
    )
    assert [f.text for f in find_figures(text)] == ["second", "second", "second"]
    assert only(text.split(". ")[0], "second").value == 2
