//! The reference models in models/ give the verdicts their texts call for, and their reports
//! are snapshotted so that a change of verdict shows up in review.

mod common;

use toets::verdict::Status::{self, Holds, Violated};

const MODELS: [&str; 4] = [
    "models/iza-2022.toml",
    "models/iza2-draft-2024.toml",
    "models/vng-conditions-2024.toml",
    "models/compromise-2024-12.toml",
];

/// Every verdict of a model, as `(rule, subject, status, sensitivity)`.
fn verdicts(path: &str) -> Vec<(String, String, Status, String)> {
    let (_, report) = common::check_file(path);
    report
        .verdicts
        .iter()
        .map(|v| {
            let sensitivity = v.sensitivity.as_ref().map(|s| s.summary.clone());
            (
                v.rule.to_string(),
                v.subject.clone().unwrap_or_default(),
                v.status,
                sensitivity.unwrap_or_default(),
            )
        })
        .collect()
}

/// Asserts a model's verdicts, each with how it depends on the model's readings (its
/// sensitivity, in words): "holds as the text stands", "violated only under R4; on the text
/// alone: holds".
fn expect(path: &str, expected: &[(&str, &str, Status, &str)]) {
    let actual = verdicts(path);
    let expected: Vec<(String, String, Status, String)> = expected
        .iter()
        .map(|(r, s, st, d)| (r.to_string(), s.to_string(), *st, d.to_string()))
        .collect();
    assert_eq!(actual, expected, "{path}");
}

/// IZA 2022: the ministry alone decides after the evaluation (p. 28) and can steer through its
/// programme team (p. 26); it chairs disputes (p. 26); the region's two market leaders decide
/// the quick check and the assessment of plans (regulation, steps 1 and 3), whatever pays.
#[test]
fn iza_2022() {
    expect(
        "models/iza-2022.toml",
        &[
            (
                "all-commission",
                "iza",
                Violated,
                "violated on the text alone too; without R4 alone: holds",
            ),
            (
                "no-decision-without",
                "ondertekening",
                Holds,
                "holds only under R13; on the text alone: without a subject",
            ),
            (
                "no-decision-without",
                "bijsturen-na-evaluatie",
                Violated,
                "violated only under R14; on the text alone: holds",
            ),
            (
                "no-decision-without",
                "bijsturen-uitvoering",
                Violated,
                "violated only under R2; on the text alone: holds",
            ),
            // Where the ministry alone decides, the others' votes turn nothing.
            (
                "equal-power",
                "ondertekening",
                Holds,
                "holds only under R13; on the text alone: without a subject",
            ),
            (
                "equal-power",
                "bijsturen-na-evaluatie",
                Violated,
                "violated only under R14; on the text alone: holds",
            ),
            (
                "equal-power",
                "bijsturen-uitvoering",
                Violated,
                "violated only under R2; on the text alone: holds",
            ),
            (
                "equal-rights",
                "iza",
                Violated,
                "violated as the text stands",
            ),
            ("no-subordination", "", Holds, "holds as the text stands"),
            // The ministry holds the regie (pp. 9, 26); no joint direction, no UDO method.
            (
                "joint-direction",
                "iza",
                Violated,
                "violated as the text stands",
            ),
            (
                "joint-review",
                "transformatieplan",
                Violated,
                "violated as the text stands",
            ),
            (
                "money-no-exemption",
                "zorgkantoorregio",
                Violated,
                "violated as the text stands",
            ),
            (
                "review-coverage",
                "zorgkantoorregio",
                Violated,
                "violated as the text stands",
            ),
            // EUR 330 million structural from 2023, 440 from 2025, against the Wmo's EUR 110
            // million (p. 110); the 2022 texts name no cut.
            ("money-balance", "2023", Holds, "holds as the text stands"),
            ("money-balance", "2024", Holds, "holds as the text stands"),
            ("money-balance", "2025", Holds, "holds as the text stands"),
            ("money-balance", "2026", Holds, "holds as the text stands"),
            // The board agreed to signing subject to the members' consent on 2 December
            // (VNG's statement of September 2022 on signing the IZA): the signature follows
            // the ratification, on a day that can be kept.
            (
                "process-order",
                "ondertekening-vng",
                Holds,
                "holds only under R18; on the text alone: violated",
            ),
            ("process-schedule", "", Holds, "holds as the text stands"),
            // Nobody approves a municipality's budget; the mandate structure of p. 45.
            ("budget-autonomy", "", Holds, "holds as the text stands"),
            (
                "mandate-structure",
                "zorgkantoorregio",
                Holds,
                "holds only under R9; on the text alone: violated",
            ),
            // The chain approaches are named (p. 81), not prioritised bindingly together.
            (
                "chain-approaches",
                "iza",
                Violated,
                "violated as the text stands",
            ),
        ],
    );
}

/// The November 2024 draft: the 2022 governance carried over; plans paid from Zvw money
/// reviewed by the market leaders alone, other plans jointly (the trade-press report "VNG
/// stapt uit het Integraal Zorgakkoord", November 2024: "(deels)").
#[test]
fn iza2_draft_2024() {
    expect(
        "models/iza2-draft-2024.toml",
        &[
            (
                "all-commission",
                "izwa",
                Violated,
                "violated only under R4; on the text alone: holds",
            ),
            (
                "no-decision-without",
                "ondertekening",
                Holds,
                "holds as the text stands",
            ),
            (
                "no-decision-without",
                "bijsturen-na-evaluatie",
                Violated,
                "violated only under R15; on the text alone: holds",
            ),
            (
                "no-decision-without",
                "bijsturen-uitvoering",
                Violated,
                "violated only under R16; on the text alone: holds",
            ),
            // Where the ministry alone decides, the others' votes turn nothing.
            (
                "equal-power",
                "ondertekening",
                Holds,
                "holds as the text stands",
            ),
            (
                "equal-power",
                "bijsturen-na-evaluatie",
                Violated,
                "violated only under R15; on the text alone: holds",
            ),
            (
                "equal-power",
                "bijsturen-uitvoering",
                Violated,
                "violated only under R16; on the text alone: holds",
            ),
            (
                "equal-rights",
                "izwa",
                Violated,
                "violated only under the readings taken together; on the text alone: holds",
            ),
            ("no-subordination", "", Holds, "holds as the text stands"),
            (
                "joint-direction",
                "izwa",
                Violated,
                "violated as the text stands",
            ),
            (
                "joint-review",
                "transformatieplan-zvw",
                Violated,
                "violated as the text stands",
            ),
            (
                "joint-review",
                "plan-sociaal-domein",
                Holds,
                "holds only under R13, R17 and R18; on the text alone: violated",
            ),
            (
                "money-no-exemption",
                "zorgkantoorregio",
                Violated,
                "violated as the text stands",
            ),
            (
                "review-coverage",
                "zorgkantoorregio",
                Violated,
                "violated as the text stands",
            ),
            // The EUR 300 million prevention cut is covered in 2025; from 2026 the Ravijnjaar's
            // EUR 2.5 to 3 billion is not (the trade-press report of November 2024).
            (
                "money-balance",
                "2025",
                Holds,
                "holds on the text alone too; without any one of R10 and R11: violated",
            ),
            (
                "money-balance",
                "2026",
                Violated,
                "violated only under R23; on the text alone: holds",
            ),
            (
                "money-balance",
                "2027",
                Violated,
                "violated only under R23; on the text alone: holds",
            ),
            (
                "money-balance",
                "2028",
                Violated,
                "violated only under R23; on the text alone: holds",
            ),
            (
                "money-balance",
                "2029",
                Violated,
                "violated only under R23; on the text alone: holds",
            ),
            (
                "money-balance",
                "2030",
                Violated,
                "violated only under R23; on the text alone: holds",
            ),
            // The texts name a draft to be signed in December (the trade-press report of
            // November 2024) and no vote of VNG's members on it: the signing is reached
            // without their ratification. December leaves time to sign.
            (
                "process-order",
                "ondertekening-vng",
                Violated,
                "violated only under R24; on the text alone: without a subject",
            ),
            (
                "process-schedule",
                "",
                Holds,
                "holds only under R25; on the text alone: without a subject",
            ),
            ("budget-autonomy", "", Holds, "holds as the text stands"),
            (
                "mandate-structure",
                "zorgkantoorregio",
                Holds,
                "holds only under R8; on the text alone: violated",
            ),
            (
                "chain-approaches",
                "izwa",
                Violated,
                "violated as the text stands",
            ),
        ],
    );
}

/// VNG's conditions (its annex "Uitwerking gelijkwaardigheid" of 29 November 2024): every
/// rule holds — many of them only under the readings by which the model turns VNG's demands
/// into rules (each commissioner's consent, a joint review through the designated
/// municipality, the members' consent before VNG signs). Both follow the process of VNG's
/// letter "VNG-inbreng commissiedebat IZA" (29 November 2024); no text gives a date, so
/// `process-schedule` has nothing to check.
#[test]
fn vng_conditions_2024() {
    expect(
        "models/vng-conditions-2024.toml",
        &[
            (
                "all-commission",
                "nieuw-akkoord",
                Holds,
                "holds as the text stands",
            ),
            (
                "no-decision-without",
                "ondertekening",
                Holds,
                "holds as the text stands",
            ),
            (
                "no-decision-without",
                "wijziging",
                Holds,
                "holds only under R11; on the text alone: violated",
            ),
            (
                "no-decision-without",
                "inrichting-proces",
                Holds,
                "holds only under R12; on the text alone: violated",
            ),
            (
                "no-decision-without",
                "prioritering-ketenaanpakken",
                Holds,
                "holds only under R13 and R14; on the text alone: without a subject",
            ),
            (
                "no-decision-without",
                "sturing-uitvoering",
                Holds,
                "holds only under R15; on the text alone: violated",
            ),
            (
                "equal-power",
                "ondertekening",
                Holds,
                "holds as the text stands",
            ),
            (
                "equal-power",
                "wijziging",
                Holds,
                "holds as the text stands",
            ),
            (
                "equal-power",
                "inrichting-proces",
                Holds,
                "holds as the text stands",
            ),
            (
                "equal-power",
                "prioritering-ketenaanpakken",
                Holds,
                "holds only under R13 and R14; on the text alone: without a subject",
            ),
            (
                "equal-power",
                "sturing-uitvoering",
                Holds,
                "holds as the text stands",
            ),
            (
                "equal-rights",
                "nieuw-akkoord",
                Holds,
                "holds as the text stands",
            ),
            ("no-subordination", "", Holds, "holds as the text stands"),
            (
                "joint-direction",
                "nieuw-akkoord",
                Holds,
                "holds as the text stands",
            ),
            (
                "joint-review",
                "transformatieplan-zvw",
                Holds,
                "holds only under R16; on the text alone: violated",
            ),
            (
                "joint-review",
                "plan-sociaal-domein",
                Holds,
                "holds only under R9 and R16; on the text alone: without a subject",
            ),
            (
                "money-no-exemption",
                "zorgkantoorregio",
                Holds,
                "holds only under R16; on the text alone: violated",
            ),
            (
                "review-coverage",
                "zorgkantoorregio",
                Holds,
                "holds as the text stands",
            ),
            (
                "money-balance",
                "2025",
                Holds,
                "holds only under R1; on the text alone: without a subject",
            ),
            (
                "money-balance",
                "2026",
                Holds,
                "holds only under R1 and R8; on the text alone: without a subject",
            ),
            (
                "money-balance",
                "2027",
                Holds,
                "holds on the text alone too; without R8 alone: violated",
            ),
            (
                "money-balance",
                "2028",
                Holds,
                "holds on the text alone too; without R8 alone: violated",
            ),
            (
                "money-balance",
                "2029",
                Holds,
                "holds on the text alone too; without R8 alone: violated",
            ),
            (
                "money-balance",
                "2030",
                Holds,
                "holds on the text alone too; without R8 alone: violated",
            ),
            (
                "process-order",
                "voorleggen-aan-leden",
                Holds,
                "holds as the text stands",
            ),
            (
                "process-order",
                "ondertekening-vng",
                Holds,
                "holds only under R25 and R26; on the text alone: violated",
            ),
            ("budget-autonomy", "", Holds, "holds as the text stands"),
            (
                "mandate-structure",
                "zorgkantoorregio",
                Holds,
                "holds as the text stands",
            ),
            (
                "chain-approaches",
                "nieuw-akkoord",
                Holds,
                "holds only under R13; on the text alone: violated",
            ),
            (
                "chain-approaches",
                "prioritering-ketenaanpakken",
                Holds,
                "holds only under R13; on the text alone: without a subject",
            ),
        ],
    );
}

/// The December 2024 compromise, agreed and still to be ratified ("moet bestuurlijk nog wel
/// bekrachtigd worden", ANP, December 2024). Its terms are not public: what it takes from VNG's
/// annex is read into it, so its holds rest on those readings. It accepts the Governance part
/// of the annex, not its money nor the prioritisation of the chain approaches: the money falls
/// short from 2026 only under the reading that the Ravijnjaar cut counts against the agreement,
/// and the chain approaches are not prioritised as the text stands.
#[test]
fn compromise_2024_12() {
    expect(
        "models/compromise-2024-12.toml",
        &[
            (
                "all-commission",
                "nieuw-akkoord",
                Holds,
                "holds only under R5, R6 and R7; on the text alone: violated",
            ),
            (
                "no-decision-without",
                "ondertekening",
                Holds,
                "holds only under the readings taken together; on the text alone: violated",
            ),
            (
                "no-decision-without",
                "wijziging",
                Holds,
                "holds only under R20 and R21; on the text alone: without a subject",
            ),
            (
                "no-decision-without",
                "inrichting-proces",
                Holds,
                "holds only under R22 and R23; on the text alone: without a subject",
            ),
            (
                "no-decision-without",
                "sturing-uitvoering",
                Holds,
                "holds only under R24 and R25; on the text alone: without a subject",
            ),
            (
                "equal-power",
                "ondertekening",
                Holds,
                "holds as the text stands",
            ),
            (
                "equal-power",
                "wijziging",
                Holds,
                "holds only under R20; on the text alone: without a subject",
            ),
            (
                "equal-power",
                "inrichting-proces",
                Holds,
                "holds only under R22; on the text alone: without a subject",
            ),
            (
                "equal-power",
                "sturing-uitvoering",
                Holds,
                "holds only under R24; on the text alone: without a subject",
            ),
            (
                "equal-rights",
                "nieuw-akkoord",
                Holds,
                "holds on the text alone too; without R32 alone: violated",
            ),
            ("no-subordination", "", Holds, "holds as the text stands"),
            (
                "joint-direction",
                "nieuw-akkoord",
                Holds,
                "holds only under R8, R9, R10 and R11; on the text alone: violated",
            ),
            (
                "joint-review",
                "transformatieplan-zvw",
                Holds,
                "holds only under R27 and R29; on the text alone: violated",
            ),
            (
                "joint-review",
                "plan-sociaal-domein",
                Holds,
                "holds only under R27 and R29; on the text alone: violated",
            ),
            (
                "money-no-exemption",
                "zorgkantoorregio",
                Holds,
                "holds only under R27 and R29; on the text alone: violated",
            ),
            (
                "review-coverage",
                "zorgkantoorregio",
                Holds,
                "holds only under R16; on the text alone: violated",
            ),
            (
                "money-balance",
                "2025",
                Holds,
                "holds only under R2; on the text alone: without a subject",
            ),
            (
                "money-balance",
                "2026",
                Violated,
                "violated only under R2 and R35; on the text alone: without a subject",
            ),
            (
                "money-balance",
                "2027",
                Violated,
                "violated only under R35; on the text alone: holds",
            ),
            (
                "money-balance",
                "2028",
                Violated,
                "violated only under R35; on the text alone: holds",
            ),
            (
                "money-balance",
                "2029",
                Violated,
                "violated only under R35; on the text alone: holds",
            ),
            (
                "money-balance",
                "2030",
                Violated,
                "violated only under R35; on the text alone: holds",
            ),
            (
                "process-order",
                "voorleggen-aan-leden",
                Holds,
                "holds as the text stands",
            ),
            (
                "process-order",
                "ondertekening-vng",
                Holds,
                "holds only under R39 and R40; on the text alone: violated",
            ),
            ("budget-autonomy", "", Holds, "holds as the text stands"),
            (
                "mandate-structure",
                "zorgkantoorregio",
                Holds,
                "holds only under R13; on the text alone: violated",
            ),
            (
                "chain-approaches",
                "nieuw-akkoord",
                Violated,
                "violated as the text stands",
            ),
        ],
    );
}

/// The counterexample the 2024 dispute was about: both market leaders approve, the municipal
/// side refuses, and the plan passes.
#[test]
fn the_market_leaders_pass_a_zvw_plan_without_the_municipalities() {
    for path in ["models/iza-2022.toml", "models/iza2-draft-2024.toml"] {
        let (_, report) = common::check_file(path);
        let verdict = report
            .verdicts
            .iter()
            .find(|v| v.rule == "joint-review" && v.status == Violated)
            .expect("joint review is violated");
        let json = serde_json::to_value(verdict).unwrap();
        let cx = &json["counterexample"];
        assert_eq!(cx["left_out"], "municipal side", "{path}: {cx}");
        assert_eq!(
            cx["consents"],
            serde_json::json!(["marktleider-1", "marktleider-2"]),
            "{path}"
        );
        let refuses = cx["refuses"].as_array().unwrap();
        assert!(
            refuses.contains(&serde_json::json!("aangewezen-gemeente")),
            "{path}"
        );
    }
    // In the draft, the exemption is the money: Zvw.
    let (_, report) = common::check_file("models/iza2-draft-2024.toml");
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "money-no-exemption")
        .unwrap();
    assert_eq!(
        serde_json::to_value(verdict).unwrap()["counterexample"]["stream"],
        "zvw"
    );
}

#[test]
fn reports_are_snapshotted() {
    for path in MODELS {
        let (_, report) = common::check_file(path);
        let name = path.trim_start_matches("models/").trim_end_matches(".toml");
        insta::assert_snapshot!(format!("{name}.txt"), toets::report::text(&report));
        insta::assert_snapshot!(
            format!("{name}.json"),
            toets::report::json(std::slice::from_ref(&report))
        );
    }
}

/// The same reports in Dutch: the same verdicts, every text in Dutch.
#[test]
fn dutch_reports_are_snapshotted() {
    for path in MODELS {
        let model = toets::check::load_file(path).expect("a valid model");
        let options = toets::check::Options {
            lang: toets::lang::Lang::Nl,
            ..Default::default()
        };
        let dutch = toets::check::check_model(&model, &options);
        let (_, english) = common::check_file(path);
        let statuses = |r: &toets::check::Report| {
            r.verdicts
                .iter()
                .map(|v| (v.rule, v.subject.clone(), v.status))
                .collect::<Vec<_>>()
        };
        assert_eq!(statuses(&dutch), statuses(&english), "{path}");
        for verdict in &dutch.verdicts {
            let texts = verdict
                .counterexample
                .iter()
                .flat_map(|c| {
                    std::iter::once(&c.summary).chain(c.clauses.iter().map(|k| &k.element))
                })
                .chain(verdict.rests_on.iter().map(|k| &k.element));
            for text in texts {
                for english_word in [
                    " the ",
                    " without ",
                    " consents",
                    " refuses",
                    " asks ",
                    " of decision ",
                ] {
                    assert!(!text.contains(english_word), "{path}: English in `{text}`");
                }
            }
        }
        let name = path.trim_start_matches("models/").trim_end_matches(".toml");
        insta::assert_snapshot!(format!("{name}.nl.txt"), toets::report::text(&dutch));
        insta::assert_snapshot!(
            format!("{name}.nl.json"),
            toets::report::json(std::slice::from_ref(&dutch))
        );
    }
}

/// Same input, same bytes: two checks of a model in one process agree to the byte.
#[test]
fn reports_are_deterministic() {
    for path in MODELS {
        let (_, first) = common::check_file(path);
        let (_, second) = common::check_file(path);
        assert_eq!(
            toets::report::json(std::slice::from_ref(&first)),
            toets::report::json(std::slice::from_ref(&second))
        );
    }
}

/// Checking the models two at a time, sharing one session, gives each the report it gets
/// alone.
#[test]
fn a_batch_checked_on_two_threads_gives_each_model_its_own_report() {
    let options = toets::check::Options {
        jobs: Some(2),
        ..Default::default()
    };
    let mut session = toets::check::Session::default();
    let batch = session.check_each(&MODELS, &options, |path| toets::check::load_file(path));
    assert_eq!(batch.len(), MODELS.len());
    for (path, result) in MODELS.iter().zip(batch) {
        let (_, checked) = result.expect("a valid model");
        let (_, alone) = common::check_file(path);
        assert_eq!(checked.report, alone, "{path}");
    }
}

/// The 2024 draft's money falls short from 2026 only because of the readings behind its cuts:
/// the Ravijnjaar cut on the municipal fund, read as counting against the agreement. Without
/// it (and on the texts alone) every year holds; `--without-readings` says the same.
#[test]
fn the_money_of_the_2024_draft_falls_short_only_under_the_readings_behind_its_cuts() {
    let path = "models/iza2-draft-2024.toml";
    let (model, report) = common::check_file(path);
    let cut = |id: &str| {
        model
            .readings
            .iter()
            .position(|r| r.element.en == format!("cut `{id}`"))
            .unwrap_or_else(|| panic!("a reading of the cut `{id}`"))
    };
    let (ravijn, prevention) = (cut("ravijnjaar-2026"), cut("bezuiniging-preventie"));
    let alone = toets::check::Options {
        without_readings: true,
        skip_sensitivity: true,
        ..Default::default()
    };
    let on_text =
        toets::check::check_model(&toets::check::load_file_with(path, &alone).unwrap(), &alone);
    for year in 2026..=2030 {
        let subject = Some(year.to_string());
        let verdict = report
            .verdicts
            .iter()
            .find(|v| v.rule == "money-balance" && v.subject == subject)
            .unwrap();
        assert_eq!(verdict.status, Violated, "{year}");
        assert!(verdict.readings.contains(&ravijn) && verdict.readings.contains(&prevention));
        let sensitivity = verdict.sensitivity.as_ref().unwrap();
        assert_eq!(
            sensitivity.text_alone,
            toets::verdict::Without::Holds,
            "{year}"
        );
        let changed: Vec<usize> = sensitivity.changed_by.iter().map(|c| c.reading).collect();
        assert_eq!(changed, [ravijn], "{year}");
        let text_alone = on_text
            .verdicts
            .iter()
            .find(|v| v.rule == "money-balance" && v.subject == subject)
            .unwrap();
        assert_eq!(text_alone.status, Holds, "{year}");
    }
    // Both cuts taken back: every year holds.
    let both = toets::check::text_without(&model, &[ravijn, prevention]);
    let both =
        toets::check::load_source(toets::language::source::SourceFile::new(path, both)).unwrap();
    let both = toets::check::check_model(&both, &alone);
    assert!(
        both.verdicts
            .iter()
            .filter(|v| v.rule == "money-balance")
            .all(|v| v.status == Holds)
    );
}

/// On every reference model, what `--without-readings` decides is what each verdict's
/// sensitivity says the text alone gives.
#[test]
fn the_texts_alone_decide_as_each_verdict_says() {
    for path in MODELS {
        let (_, report) = common::check_file(path);
        let alone = toets::check::Options {
            without_readings: true,
            skip_sensitivity: true,
            ..Default::default()
        };
        let model = toets::check::load_file_with(path, &alone).unwrap();
        let on_text = toets::check::check_model(&model, &alone);
        for verdict in &report.verdicts {
            let expected = verdict.sensitivity.as_ref().unwrap().text_alone;
            let actual = on_text
                .verdicts
                .iter()
                .find(|v| (v.rule, &v.subject) == (verdict.rule, &verdict.subject))
                .map_or(toets::verdict::Without::Gone, |v| v.status.into());
            assert_eq!(
                actual, expected,
                "{path}: {} {:?}",
                verdict.rule, verdict.subject
            );
        }
    }
}
