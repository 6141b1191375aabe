//! What a verdict rests on: documents named by their titles, quotes found in their texts (or
//! said to be unverified), the modeller's readings, how each verdict depends on them, and the
//! status of the text.

mod common;

use std::process::Command;
use toets::check::{self, Options, Report};
use toets::lang::Lang;
use toets::language::source::SourceFile;
use toets::model::{TextStatus, Verification};
use toets::verdict::{Status, Without};

const BASE: &str = "tests/provenance/base.toml";

fn base_text() -> String {
    std::fs::read_to_string(BASE).unwrap()
}

/// A variant of the base model, read as if it were the base file (so that its documents'
/// texts are found beside it).
fn variant(edit: impl FnOnce(String) -> String) -> Result<toets::model::Model, check::Rejected> {
    check::load_source(SourceFile::new(BASE, edit(base_text())))
}

fn codes(rejected: &check::Rejected) -> Vec<&'static str> {
    rejected.diagnostics.iter().map(|d| d.code).collect()
}

fn toets(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(args)
        .output()
        .expect("toets runs");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_quote_changed_by_one_word_is_an_error_at_the_quote_with_the_closest_passage() {
    let (code, stdout, stderr) = toets(&["check", "tests/provenance/quote-changed.toml"]);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("error[quote-not-found]: this quote is not in \"Integraal Zorgakkoord: 'Samen werken aan gezonde zorg'\""), "{stderr}");
    assert!(
        stderr.contains("--> tests/provenance/quote-changed.toml:49:55"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "help: the closest passage is \"Ook gemeenten zijn hierin vertegenwoordigd\""
        ),
        "{stderr}"
    );
    let (code, _, stderr) = toets(&[
        "--lang",
        "nl",
        "check",
        "tests/provenance/quote-changed.toml",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("fout[quote-not-found]: dit citaat staat niet in"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hulp: de passage die er het meest op lijkt is \"Ook gemeenten zijn hierin vertegenwoordigd\""),
        "{stderr}"
    );
}

#[test]
fn a_quote_cited_at_the_wrong_page_is_an_error_that_names_the_right_one() {
    let (code, _, stderr) = toets(&["check", "tests/provenance/quote-on-another-page.toml"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error[quote-on-another-page]: this quote is on page 45"),
        "{stderr}"
    );
    assert!(stderr.contains("not on page 44"), "{stderr}");
    assert!(
        stderr.contains("--> tests/provenance/quote-on-another-page.toml:48:55"),
        "{stderr}"
    );
    assert!(stderr.contains("help: cite `page = 45`"), "{stderr}");
}

#[test]
fn quotes_are_verified_where_the_text_is_there_and_said_to_be_unverified_where_it_is_not() {
    let model = check::load_file(BASE).unwrap();
    let verified = |party: &str| {
        let p = model.party_id(party).unwrap();
        model.parties[p].cited.citations[0].verified
    };
    assert_eq!(verified("vws"), Verification::Verified);
    assert_eq!(verified("vng"), Verification::NoText);
    let report = check::check_model(&model, &Options::default());
    let nieuws = report.documents.iter().find(|d| d.id == "nieuws").unwrap();
    assert!(!nieuws.text);
    let text = toets::report::text(&report);
    assert!(text.contains("`nieuws`: VNG stapt uit het Integraal Zorgakkoord — vakpers, 2024-11 (its text is not available: its quotes are not verified)"), "{text}");
    // Every quote the report shows from a document with a text is marked verified.
    let clauses = report.verdicts.iter().flat_map(|v| {
        v.rests_on
            .iter()
            .chain(v.counterexample.iter().flat_map(|c| &c.clauses))
    });
    let mut seen = 0;
    for clause in clauses {
        for citation in &clause.citations {
            seen += 1;
            let expected = match citation.document.as_deref() {
                Some("nieuws") => Verification::NoText,
                Some(_) if citation.quote.is_some() => Verification::Verified,
                _ => Verification::NoQuote,
            };
            assert_eq!(citation.verified, expected, "{citation:?}");
            assert!(text.contains(&citation.words), "{}", citation.words);
        }
    }
    assert!(seen > 0);
}

fn verdict<'r>(report: &'r Report, rule: &str) -> &'r toets::verdict::Verdict {
    report.verdicts.iter().find(|v| v.rule == rule).unwrap()
}

#[test]
fn a_verdict_that_rests_on_a_reading_says_so_and_what_it_is_on_the_text_alone() {
    let model = check::load_file(BASE).unwrap();
    assert_eq!(model.readings.len(), 1);
    let report = check::check_model(&model, &Options::default());
    let without = verdict(&report, "no-decision-without");
    assert_eq!(without.status, Status::Violated);
    assert_eq!(without.readings, vec![0]);
    let sensitivity = without.sensitivity.as_ref().unwrap();
    assert_eq!(sensitivity.text_alone, Without::Holds);
    assert_eq!(sensitivity.changed_by.len(), 1);
    assert_eq!(sensitivity.changed_by[0].reading, 0);
    assert_eq!(sensitivity.changed_by[0].becomes, Without::Holds);
    assert_eq!(
        sensitivity.summary,
        "violated only under R1; on the text alone: holds"
    );
    // A verdict whose proof cites no element with a reading rests on the text.
    let commission = verdict(&report, "all-commission");
    assert_eq!(commission.status, Status::Holds);
    assert!(commission.readings.is_empty());
    let summary = &commission.sensitivity.as_ref().unwrap().summary;
    assert_eq!(summary, "holds as the text stands");
    assert_eq!(report.summary.on_readings, 1);
    let text = toets::report::text(&report);
    assert!(
        text.contains(
            "R1 decision `wijziging`, `rule`: the text does not say how the parties decide together"
        ),
        "{text}"
    );
    assert!(text.contains("readings:    R1"), "{text}");
    assert!(
        text.contains("sensitivity: violated only under R1; on the text alone: holds"),
        "{text}"
    );
}

#[test]
fn the_dutch_report_says_the_same_in_dutch() {
    let model = check::load_file(BASE).unwrap();
    let options = Options {
        lang: Lang::Nl,
        ..Options::default()
    };
    let text = toets::report::text(&check::check_model(&model, &options));
    for expected in [
        "status: ontwerp; de oordelen zijn voorlopig",
        "documenten:",
        "lezingen (van de modelleur, waar de teksten zwijgen of meer lezingen toelaten):",
        "R1 besluit `wijziging`, `rule`:",
        "[citaat gecontroleerd]",
        "gevoeligheid: alleen niet voldaan onder R1; op de tekst alleen: voldaan",
        "gevoeligheid: voldaan zoals de tekst luidt",
        "1 niet voldaan, 1 voldaan, 0 onbeslist; 1 steunen op lezingen; voorlopig",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    for english in [
        "quote verified",
        "sensitivity",
        "readings:",
        "provisional",
        "holds as",
    ] {
        assert!(!text.contains(english), "{english}\n{text}");
    }
}

/// On every model with readings, what `--without-readings` decides is what each verdict's
/// sensitivity says the text alone gives; and each reading said to change a verdict does, when
/// it alone is taken back and the model is checked afresh.
#[test]
fn the_text_alone_and_each_reading_taken_back_agree_with_the_sensitivity() {
    for path in [BASE, "tests/provenance/money-on-a-reading.toml"] {
        let model = check::load_file(path).unwrap();
        let report = check::check_model(&model, &Options::default());
        let skip = Options {
            skip_sensitivity: true,
            ..Options::default()
        };
        let text_alone = Options {
            without_readings: true,
            ..skip.clone()
        };
        let alone = check::load_file_with(path, &text_alone).unwrap();
        let alone = check::check_model(&alone, &text_alone);
        assert!(alone.without_readings);
        for v in &report.verdicts {
            let sensitivity = v.sensitivity.as_ref().unwrap();
            let on_text = alone
                .verdicts
                .iter()
                .find(|w| (w.rule, &w.subject) == (v.rule, &v.subject))
                .map_or(Without::Gone, |w| Without::from(w.status));
            assert_eq!(
                sensitivity.text_alone, on_text,
                "{path}: {} {:?}",
                v.rule, v.subject
            );
            for reading in 0..model.readings.len() {
                let text = check::text_without(&model, &[reading]);
                let variant = check::load_source(SourceFile::new(path, text)).unwrap();
                let checked = check::check_model(&variant, &skip);
                let becomes = checked
                    .verdicts
                    .iter()
                    .find(|w| (w.rule, &w.subject) == (v.rule, &v.subject))
                    .map_or(Without::Gone, |w| Without::from(w.status));
                let said = sensitivity.changed_by.iter().find(|c| c.reading == reading);
                match said {
                    Some(c) => assert_eq!(c.becomes, becomes),
                    None => assert_eq!(becomes, Without::from(v.status)),
                }
            }
        }
    }
}

#[test]
fn a_money_shortfall_that_exists_only_by_a_reading_says_so() {
    let (_, report) = common::check_file("tests/provenance/money-on-a-reading.toml");
    let money = verdict(&report, "money-balance");
    assert_eq!(money.status, Status::Violated);
    assert_eq!(money.readings, vec![0, 1]);
    let sensitivity = money.sensitivity.as_ref().unwrap();
    // Without the cut that the modeller reads into the texts (R2), the year holds; without the
    // funding line whose amount is a reading (R1), it is short all the more.
    assert_eq!(
        sensitivity
            .changed_by
            .iter()
            .map(|c| (c.reading, c.becomes))
            .collect::<Vec<_>>(),
        vec![(1, Without::Holds)]
    );
    assert_eq!(sensitivity.text_alone, Without::Violated);
}

#[test]
fn verdicts_are_provisional_until_the_structure_is_ratified() {
    let status = |model: &toets::model::Model| check::check_model(model, &Options::default());
    let draft = status(&check::load_file(BASE).unwrap());
    assert_eq!(draft.status, TextStatus::Draft);
    assert!(draft.provisional);
    let agreed = variant(|t| {
        t.replace(
            "title = \"Provenance\"",
            "title = \"Provenance\"\nstatus = \"agreed\"",
        )
    })
    .unwrap();
    let agreed = status(&agreed);
    assert!(agreed.provisional);
    assert!(
        toets::report::text(&agreed)
            .contains("status: agreed, not ratified; the verdicts are provisional")
    );
    let ratified = variant(|t| {
        t.replace(
            "title = \"Provenance\"",
            "title = \"Provenance\"\nstatus = \"ratified\"\nratified_by = \"iza-2022\"",
        )
    })
    .unwrap();
    let ratified = status(&ratified);
    assert!(!ratified.provisional);
    let text = toets::report::text(&ratified);
    assert!(text.contains("status: ratified\n"), "{text}");
    assert!(!text.contains("provisional"), "{text}");
    let json = toets::report::json(std::slice::from_ref(&ratified));
    assert!(json.contains("\"provisional\": false"), "{json}");
    // Ratified names the document that ratifies it; only ratified does.
    let missing = variant(|t| {
        t.replace(
            "title = \"Provenance\"",
            "title = \"Provenance\"\nstatus = \"ratified\"",
        )
    })
    .unwrap_err();
    assert_eq!(codes(&missing), ["missing-field"]);
    let stray = variant(|t| {
        t.replace(
            "title = \"Provenance\"",
            "title = \"Provenance\"\nratified_by = \"iza-2022\"",
        )
    })
    .unwrap_err();
    assert_eq!(codes(&stray), ["unexpected-field"]);
}

#[test]
fn readings_that_do_not_fit_their_element_are_errors() {
    let reading = "reading = { says = \"the text does not say how the parties decide together: the model takes two of three\", field = \"rule\", alternative = { all_of = [\"vws\", \"zn\", \"vng\"] }, otherwise = \"together means all three\" }";
    let with = |new: &str| variant(|t| t.replace(reading, new));
    // A field the element does not have, with the nearest one.
    let wrong = with("reading = { says = \"x\", field = \"rules\" }").unwrap_err();
    assert_eq!(codes(&wrong), ["unknown-field"]);
    assert!(
        wrong.render().contains("did you mean `rule`?"),
        "{}",
        wrong.render()
    );
    // An alternative of the wrong type for its field.
    let wrong = with("reading = { says = \"x\", field = \"kind\", alternative = 3 }").unwrap_err();
    assert_eq!(codes(&wrong), ["wrong-type"]);
    // An alternative without the field it stands for.
    let wrong = with("reading = { says = \"x\", alternative = 3 }").unwrap_err();
    assert_eq!(codes(&wrong), ["missing-field"]);
    // A field the element does not write.
    let wrong = with("reading = { says = \"x\", field = \"taken_by\" }").unwrap_err();
    assert_eq!(codes(&wrong), ["unknown-field"]);
    // A reading without words.
    let wrong = with("reading = { field = \"rule\" }").unwrap_err();
    assert_eq!(codes(&wrong), ["missing-field"]);
    // Words are a reading of the whole element.
    let model = with("reading = \"the whole decision is the modeller's\"").unwrap();
    assert!(model.readings[0].whole);
    assert_eq!(model.readings[0].field, None);
}

#[test]
fn citations_that_name_nothing_or_cite_nothing_are_errors() {
    let unknown = variant(|t| {
        t.replacen(
            "document = \"uitwerking\", quote = \"onverlet",
            "document = \"uitwerkng\", quote = \"onverlet",
            1,
        )
    })
    .unwrap_err();
    assert_eq!(codes(&unknown), ["unknown-reference"]);
    assert!(
        unknown.render().contains("did you mean `uitwerking`?"),
        "{}",
        unknown.render()
    );
    let empty = variant(|t| t.replacen("source = { document = \"uitwerking\", quote = \"onverlet de systeemverantwoordelijkheid van VWS\" }", "source = \"\"", 1)).unwrap_err();
    assert_eq!(codes(&empty), ["empty-citation"]);
    let none = variant(|t| t.replacen("source = { document = \"uitwerking\", quote = \"onverlet de systeemverantwoordelijkheid van VWS\" }", "source = []", 1)).unwrap_err();
    assert_eq!(codes(&none), ["empty-citation"]);
    let unreadable = variant(|t| {
        t.replace(
            "vng-2024-11-29-uitwerking-gelijkwaardigheid.txt",
            "no-such-text.txt",
        )
    })
    .unwrap_err();
    assert!(
        codes(&unreadable).contains(&"unreadable-text"),
        "{:?}",
        codes(&unreadable)
    );
    let date = variant(|t| t.replace("date = \"2024-11\"", "date = \"2024-13\"")).unwrap_err();
    assert_eq!(codes(&date), ["invalid-date"]);
}
