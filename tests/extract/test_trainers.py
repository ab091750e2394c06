"""Trainers the page names for its runs: one for all, one per format, a cell's name."""

from __future__ import annotations

from prospectus.extract.modes import mode_from_text
from prospectus.extract.patterns.trainers import (
    _likely_hits,
    find_page_trainer,
    mode_trainers,
    trainer_name,
)


def test_a_trainer_line_with_one_trainer_per_format() -> None:
    text = (
        "Dates\nTrainer: Dr. Ines Vogel (Scrum Alliance CST) für alle Präsenztermine; "
        "die Online-Termine leitet Paul Krüger.\nFAQ"
    )
    assert mode_trainers(text, mode_from_text) == {
        "in_person": "Dr. Ines Vogel",
        "online": "Paul Krüger",
    }


def test_a_clause_without_a_format_word_has_the_other_format() -> None:
    text = "Instructors: Sara Holm leads the Copenhagen dates; online cohorts: Mads Friis"
    assert mode_trainers(text, mode_from_text) == {
        "in_person": "Sara Holm",
        "online": "Mads Friis",
    }


def test_a_trainer_line_without_formats_gives_none_per_format() -> None:
    assert mode_trainers("Trainers: Anna Berg and Jonas Lind.", mode_from_text) == {}
    assert mode_trainers("Trainer: Anna Berg (PMP); booking via our office.", mode_from_text) == {}
    assert mode_trainers("Our trainer Anna Berg teaches online.", mode_from_text) == {}


def test_a_trainer_cell_is_cut_to_its_name() -> None:
    assert trainer_name("Maria Lopez (ICAgile Expert) for the classroom dates") == "Maria Lopez"
    assert trainer_name("Ben Carter; online only") == "Ben Carter"
    assert trainer_name("Jean-Luc Martin") == "Jean-Luc Martin"
    assert trainer_name("Anna Berg, Jonas Lind") == "Anna Berg, Jonas Lind"


def test_a_designation_after_a_comma_is_cut_from_the_name() -> None:
    assert trainer_name("Lena Park, CPA") == "Lena Park"
    assert trainer_name("Omar Haddad, PMP, MBA") == "Omar Haddad"
    assert trainer_name("Ruth Ames, PhD") == "Ruth Ames"
    assert trainer_name("Park, Lena") == "Park, Lena"  # a name written surname first


def test_a_facts_table_row_names_the_page_trainer_with_the_title() -> None:
    text = "Seminar\nDauer\t2 Tage\t\nReferent\tDr. Jonas Aigner, Coach und Berater\t\nOrt\tWien"
    assert find_page_trainer(text) == "Dr. Jonas Aigner"
    assert find_page_trainer("Dozentin\tDipl.-Ing. Petra Lenz\n") == "Dipl.-Ing. Petra Lenz"


def test_a_table_header_after_a_trainer_cell_names_no_one() -> None:
    assert find_page_trainer("Date\tVenue\nTrainer\tPrice Band\tStatus\n") is None


def test_a_cjk_title_after_the_name_is_cut_from_it() -> None:
    assert trainer_name("정하윤 강사") == "정하윤"
    assert trainer_name("오세훈 선생님") == "오세훈"
    assert trainer_name("山田 太郎 講師") == "山田 太郎"
    assert trainer_name("山田太郎先生") == "山田太郎"
    assert trainer_name("李明老师") == "李明"
    assert trainer_name("강사") == "강사"  # a title alone stays as it is


def test_label_words_count_only_on_a_colon_line_or_a_line_they_start() -> None:
    text = (
        "Courses\nOur trainer team\n"  # neither: no colon, the word not first
        "Trainer\nAnna Berg\n"  # a label word starts the line
        "All dates led by our instructor Jonas: see below\n"  # a colon on its line
        "Become a tutor today"
    )
    hits = set(_likely_hits(text))
    assert (text.index("Trainer\nAnna"), "trainer") in hits
    assert (text.index("instructor Jonas"), "instructor") in hits
    assert (text.index("trainer team"), "trainer") not in hits
    assert not any(word == "tutor" for _, word in hits)
    assert find_page_trainer(text) == "Anna Berg"


def test_the_first_line_may_give_a_name_without_a_colon() -> None:
    assert set(_likely_hits("Our trainer team")) == {(4, "trainer")}


def test_a_runs_description_names_its_trainer_under_a_label() -> None:
    from prospectus.extract.patterns.schedule_values import described_trainer

    assert described_trainer("Lektorė: Aistė Vaitkutė. Kalba – lietuvių.") == "Aistė Vaitkutė"
    assert described_trainer("Pasniedzējs: Jānis Bērziņš") == "Jānis Bērziņš"
    assert described_trainer("Тренер: Оксана Мельник. Група до 12 осіб.") == "Оксана Мельник"
    assert described_trainer("Trainer: Jo Bloggs") == "Jo Bloggs"
    # a title's abbreviation is not a sentence's end
    assert described_trainer("Instructor: Capt. Mara Holt") == "Capt. Mara Holt"
    assert described_trainer("Tutor: Prof. Ines Varga. Room 2") == "Prof. Ines Varga"
    assert described_trainer("A hands-on day with Microsoft Teams: bring a laptop") is None
    assert described_trainer("Three days of practice.") is None


def test_a_sentence_naming_the_trainer_of_every_run() -> None:
    text = "Prices include VAT. Your instructor for every cohort is Mwila Banda, MCT.\nDates"
    assert find_page_trainer(text) == "Mwila Banda"
    assert find_page_trainer("The trainer for all dates will be Dr. Ola Nordmann.") == (
        "Dr. Ola Nordmann"
    )
    assert find_page_trainer("Our trainer is Microsoft Certified.") is None
