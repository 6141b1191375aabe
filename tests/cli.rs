//! The command line as a user meets it: exit codes, stdout and stderr, snapshotted together.

use std::process::Command;

fn toets(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(args)
        .output()
        .expect("toets runs");
    format!(
        "exit code: {}\n--- stdout\n{}--- stderr\n{}",
        output
            .status
            .code()
            .map_or("none".to_string(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn exit_code(args: &[&str]) -> i32 {
    Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(args)
        .output()
        .expect("toets runs")
        .status
        .code()
        .expect("an exit code")
}

#[test]
fn exit_codes_follow_the_verdicts() {
    assert_eq!(
        exit_code(&["check", "tests/fixtures/review-coverage/holds.toml"]),
        0
    );
    assert_eq!(
        exit_code(&[
            "check",
            "tests/fixtures/joint-review/quick-check-by-market-leaders.toml"
        ]),
        1
    );
    assert_eq!(exit_code(&["check", "tests/invalid/syntax-error.toml"]), 2);
    // A bad file among good ones still fails the run as bad input.
    assert_eq!(
        exit_code(&[
            "check",
            "tests/fixtures/joint-review/holds.toml",
            "tests/invalid/syntax-error.toml"
        ]),
        2
    );
}

#[test]
fn an_exhausted_solver_gives_unknown_and_exit_3() {
    let out = toets(&[
        "check",
        "--rlimit",
        "1",
        "tests/fixtures/joint-review/holds.toml",
    ]);
    assert!(out.starts_with("exit code: 3\n"), "{out}");
    // The review steps need real search; with one step of budget the solver gives up on them,
    // and a verdict the solver gave up on is unknown, never holds.
    assert!(
        out.contains("  unknown    joint-review         plan-1"),
        "{out}"
    );
    assert!(!out.contains("holds      joint-review"), "{out}");
}

#[test]
fn all_problems_of_a_file_are_reported_with_their_places() {
    insta::assert_snapshot!(toets(&["check", "tests/invalid/many-problems.toml"]));
}

#[test]
fn syntax_errors_point_at_the_place() {
    insta::assert_snapshot!(toets(&["check", "tests/invalid/syntax-error.toml"]));
}

#[test]
fn a_plan_without_review_is_an_error() {
    insta::assert_snapshot!(toets(&["check", "tests/invalid/plan-without-review.toml"]));
}

#[test]
fn missing_files_and_directories_are_errors() {
    insta::assert_snapshot!(toets(&[
        "check",
        "tests/invalid/no-such-file.toml",
        "tests"
    ]));
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let dir = std::env::temp_dir().join(format!("toets-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.toml");
    std::fs::write(&path, b"[model]\ntitle = \"caf\xe9\"\n").unwrap();
    let out = toets(&["check", path.to_str().unwrap()]);
    assert!(out.starts_with("exit code: 2\n"), "{out}");
    assert!(out.contains("latin1.toml:2:13"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn deep_nesting_is_refused_without_a_crash() {
    let dir = std::env::temp_dir().join(format!("toets-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("deep.toml");
    let depth = 100_000;
    std::fs::write(
        &path,
        format!("x = {}{}", "[".repeat(depth), "]".repeat(depth)),
    )
    .unwrap();
    let out = toets(&["check", path.to_str().unwrap()]);
    assert!(out.starts_with("exit code: 2\n"), "{out}");
    assert!(out.contains("deep.toml:1:"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn rules_are_listed_and_explained() {
    insta::assert_snapshot!(toets(&["rules"]));
    insta::assert_snapshot!(toets(&["explain", "joint-review"]));
    insta::assert_snapshot!(toets(&["explain", "joint-reveiw"]));
}

#[test]
fn a_rule_with_nothing_to_check_says_so() {
    // This model has no regions, no plans and no decision but the prioritisation of the
    // chain approaches.
    let out = toets(&["check", "tests/fixtures/all-commission/holds.toml"]);
    assert!(out.starts_with("exit code: 0\n"), "{out}");
    for rule in [
        "mandate-structure",
        "joint-review",
        "money-no-exemption",
        "review-coverage",
    ] {
        assert!(
            out.contains(&format!(
                "  -          {rule:<20} nothing to check in this model"
            )),
            "{rule}: {out}"
        );
    }
    assert!(
        out.contains("  holds      all-commission       akkoord"),
        "{out}"
    );
}

#[test]
fn the_model_sets_its_own_resource_limit_and_the_command_line_overrides_it() {
    let dir = std::env::temp_dir().join(format!("toets-rlimit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tight.toml");
    let text = std::fs::read_to_string("tests/fixtures/review-coverage/holds.toml")
        .unwrap()
        .replacen("commissioners =", "rlimit = 1\ncommissioners =", 1);
    std::fs::write(&path, text).unwrap();
    let path = path.to_str().unwrap();
    assert_eq!(
        exit_code(&["check", path]),
        3,
        "the model's rlimit of 1 leaves verdicts unknown"
    );
    assert_eq!(exit_code(&["check", "--rlimit", "50000000", path]), 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// In Dutch, the 2022 agreement's report says which clause lets the two market-leading
/// insurers approve a plan without the municipalities.
#[test]
fn the_dutch_report_names_the_clause_that_shuts_municipalities_out() {
    let out = toets(&["check", "--lang", "nl", "models/iza-2022.toml"]);
    assert!(out.starts_with("exit code: 1\n"), "{out}");
    assert!(
        out.contains("Het plan `transformatieplan` passeert stap `beoordeling transformatieplan` van besluit `beoordeling-transformatieplan` zonder de kant van de gemeenten: `marktleider-1` en `marktleider-2` stemmen in"),
        "{out}"
    );
    assert!(
        out.contains("Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 101: \"Een ingediend plan wordt door de twee betrokken marktleider zorgverzekeraars namens alle zorgverzekeraars beoordeeld.\" [citaat gecontroleerd]"),
        "{out}"
    );
    assert!(out.contains("NIET VOLDAAN joint-review"), "{out}");
    assert!(!out.contains("VIOLATED"), "{out}");
}

/// Every rule has its title and explanation in both languages, and `explain` prints the one
/// asked for, with the rule's two example models.
#[test]
fn explain_speaks_both_languages() {
    for rule in toets::rules::ALL {
        let english = toets(&["explain", rule.id]);
        let dutch = toets(&["--lang", "nl", "explain", rule.id]);
        assert!(
            english.contains("## What it checks") && english.contains("## Legal basis"),
            "{english}"
        );
        assert!(
            dutch.contains("## Wat de regel toetst")
                && dutch.contains("## Juridische grondslag")
                && dutch.contains("## Formele uitspraak"),
            "{dutch}"
        );
        assert_ne!(rule.title.en, rule.title.nl, "{}", rule.id);
        // The examples are fixtures whose expectations tests/rules.rs checks.
        assert!(
            rule.example_holds.contains("# expect: holds"),
            "{}",
            rule.id
        );
        assert!(
            rule.example_violated.contains("# expect: violated"),
            "{}",
            rule.id
        );
        for out in [&english, &dutch] {
            assert!(
                out.contains(rule.example_holds) && out.contains(rule.example_violated),
                "{}",
                rule.id
            );
        }
    }
}

#[test]
fn bad_mandate_fields_are_reported_with_their_places() {
    assert_eq!(exit_code(&["check", "tests/invalid/bad-mandate.toml"]), 2);
    insta::assert_snapshot!(toets(&["check", "tests/invalid/bad-mandate.toml"]));
}

#[test]
fn bad_money_is_reported_with_its_places() {
    insta::assert_snapshot!(toets(&["check", "tests/invalid/bad-money.toml"]));
}

#[test]
fn a_process_in_a_cycle_is_an_error_that_names_the_cycle() {
    insta::assert_snapshot!(toets(&["check", "tests/invalid/process-cycle.toml"]));
}

#[test]
fn a_bad_process_is_reported_with_its_places() {
    insta::assert_snapshot!(toets(&["check", "tests/invalid/bad-process.toml"]));
}

/// `--years` and `--rules` set what the model leaves open, and override it.
#[test]
fn the_command_line_sets_the_years_and_the_rules() {
    let model = "tests/fixtures/money-balance/cut-range.toml";
    let all = toets(&["check", model]);
    assert!(
        all.contains("VIOLATED   money-balance        2026"),
        "{all}"
    );
    let one_year = toets(&[
        "check",
        "--years",
        "2025-2025",
        "--rules",
        "money-balance",
        model,
    ]);
    assert!(one_year.starts_with("exit code: 0\n"), "{one_year}");
    assert!(
        one_year.contains("holds      money-balance        2025"),
        "{one_year}"
    );
    assert!(!one_year.contains("2026"), "{one_year}");
    assert!(
        one_year.contains("-          joint-review         not applied"),
        "{one_year}"
    );
    let json = toets(&[
        "check",
        "--format",
        "json",
        "--rules",
        "money-balance",
        model,
    ]);
    assert!(json.contains("\"not_applied\": ["), "{json}");
    let typo = toets(&["check", "--rules", "money-balanse", model]);
    assert!(typo.starts_with("exit code: 2\n"), "{typo}");
    assert!(typo.contains("did you mean `money-balance`?"), "{typo}");
    let backwards = toets(&["check", "--years", "2030-2025", model]);
    assert!(backwards.starts_with("exit code: 2\n"), "{backwards}");
}

/// `--commissioners` replaces the model's commissioners; a party the model lacks is an error.
#[test]
fn the_command_line_sets_the_commissioners() {
    let two = toets(&[
        "check",
        "--commissioners",
        "vws,vng",
        "models/iza-2022.toml",
    ]);
    assert!(
        two.contains("`vng` commissions `iza` as `partij`, `vws` as `partij met regie`."),
        "{two}"
    );
    assert!(!two.contains("`zn` commissions"), "{two}");
    let typo = toets(&[
        "check",
        "--commissioners",
        "vws,vgn",
        "models/iza-2022.toml",
    ]);
    assert!(typo.starts_with("exit code: 2\n"), "{typo}");
    assert!(typo.contains("did you mean `vng`?"), "{typo}");
}

#[test]
fn problems_are_reported_in_dutch() {
    insta::assert_snapshot!(toets(&[
        "check",
        "--lang",
        "nl",
        "tests/invalid/many-problems.toml"
    ]));
}

#[test]
fn syntax_errors_are_reported_in_dutch() {
    insta::assert_snapshot!(toets(&[
        "check",
        "--lang",
        "nl",
        "tests/invalid/syntax-error.toml"
    ]));
}

#[test]
fn a_bad_process_is_reported_in_dutch() {
    insta::assert_snapshot!(toets(&[
        "check",
        "--lang",
        "nl",
        "tests/invalid/bad-process.toml",
        "tests/invalid/process-cycle.toml"
    ]));
}

#[test]
fn missing_files_and_unknown_rules_are_reported_in_dutch() {
    insta::assert_snapshot!(toets(&[
        "--lang",
        "nl",
        "check",
        "tests/invalid/no-such-file.toml",
        "tests"
    ]));
    insta::assert_snapshot!(toets(&["--lang", "nl", "explain", "joint-reviw"]));
    insta::assert_snapshot!(toets(&[
        "--lang",
        "nl",
        "check",
        "--commissioners",
        "vws,zn,vgn",
        "tests/fixtures/joint-review/holds.toml"
    ]));
}

/// The places and codes of a rendering: the `[code]` of each problem and every ` --> ` line.
fn codes_and_places(rendered: &str) -> Vec<String> {
    rendered
        .lines()
        .filter_map(|line| {
            if let Some(arrow) = line.find("--> ") {
                Some(line[arrow..].to_string())
            } else if line.starts_with("error[") || line.starts_with("fout[") {
                line.split_once('[')
                    .and_then(|(_, rest)| rest.split_once(']'))
                    .map(|(code, _)| code.to_string())
            } else {
                None
            }
        })
        .collect()
}

/// What a reader reads of a rendering: no excerpts of the model, no words in backticks.
fn prose(rendered: &str) -> String {
    rendered
        .lines()
        .filter(|line| {
            let excerpt = line
                .trim_start()
                .split_once(" |")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
            !excerpt && !line.contains("--> ")
        })
        .map(|line| {
            // The code of a problem is the same in every language.
            let line = match line.split_once('[') {
                Some((word, rest)) if word == "error" || word == "fout" => {
                    format!("{word}{}", rest.split_once(']').map_or("", |(_, m)| m))
                }
                _ => line.to_string(),
            };
            line.split('`').step_by(2).collect::<Vec<_>>().join("``")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every invalid model is rejected in Dutch at the same places and with the same codes as in
/// English, and no English is left in what the Dutch says.
#[test]
fn every_problem_is_said_in_dutch_at_the_same_place() {
    let english_words = [
        "error",
        "help",
        "note",
        " is not ",
        " not a ",
        "the model was not checked",
        " must ",
        "did you mean",
        "unknown",
        " twice",
        "expected",
        " has no ",
        "first ",
        " the ",
        " is a ",
        " cannot ",
        " only ",
        " never ",
        " of only ",
        "remove this",
        " this ",
    ];
    let mut files: Vec<_> = std::fs::read_dir("tests/invalid")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 7);
    for path in files {
        let path = path.to_str().unwrap();
        let run = |lang: &str| {
            Command::new(env!("CARGO_BIN_EXE_toets"))
                .args(["--lang", lang, "check", path])
                .output()
                .expect("toets runs")
        };
        let (english, dutch) = (run("en"), run("nl"));
        assert_eq!(english.status.code(), Some(2), "{path}");
        assert_eq!(dutch.status.code(), Some(2), "{path}");
        assert!(
            english.stdout.is_empty() && dutch.stdout.is_empty(),
            "{path}"
        );
        let english = String::from_utf8(english.stderr).unwrap();
        let dutch = String::from_utf8(dutch.stderr).unwrap();
        assert_eq!(
            codes_and_places(&english),
            codes_and_places(&dutch),
            "{path}"
        );
        assert!(!codes_and_places(&dutch).is_empty(), "{path}");
        assert!(dutch.ends_with("het model is niet getoetst\n"), "{dutch}");
        let english_prose = prose(&english).replace(path, "");
        let dutch_prose = prose(&dutch).replace(path, "");
        for (en, nl) in english_prose.lines().zip(dutch_prose.lines()) {
            let words = en.chars().any(char::is_alphabetic);
            assert!(!words || en != nl, "{path}: `{en}` is not translated");
        }
        assert!(
            english_words
                .iter()
                .any(|word| english_prose.to_lowercase().contains(word)),
            "{path}: the English says none of the words looked for"
        );
        for word in english_words {
            assert!(
                !dutch_prose.to_lowercase().contains(word),
                "{path}: `{word}` is left in\n{dutch_prose}"
            );
        }
    }
}
