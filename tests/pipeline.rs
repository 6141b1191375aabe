//! `toets` as a CI step: accepted findings (with reasons, expiry and stale ones reported), the
//! CI formats (GitHub annotations, JUnit XML, GitLab Code Quality), snapshots without line
//! numbers, and a starting accept file.

use std::process::{Command, Output};

const COMPROMISE: &str = "models/compromise-2024-12.toml";

/// Runs toets on a day that is fixed, so that the expiry of acceptances is the same on every run.
fn toets(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(args)
        .env("TOETS_TODAY", "2026-12-02")
        .output()
        .expect("toets runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("toets-pipeline-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The project's accept file with its text edited, written to a scratch folder, its models named
/// by their absolute paths.
fn accept_file(name: &str, edit: impl FnOnce(String) -> String) -> String {
    let root = std::env::current_dir().unwrap();
    let original = std::fs::read_to_string("toets-accept.toml")
        .unwrap()
        .replace(
            "model = \"models/",
            &format!("model = \"{}/models/", root.display()),
        );
    let path = scratch(name).join("toets-accept.toml");
    std::fs::write(&path, edit(original)).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn accepted_findings_do_not_fail_the_step_and_are_shown_as_accepted() {
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--accept",
        "toets-accept.toml",
        COMPROMISE,
    ]);
    let (out, err) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(0), "{out}{err}");
    assert!(err.is_empty(), "{err}");
    assert!(
        out.contains("  accepted   chain-approaches     nieuw-akkoord"),
        "{out}"
    );
    assert!(
        out.contains("accepted by toets maintainers, for the reference models until 2027-12-31"),
        "{out}"
    );
    assert!(out.contains("6 violated (6 accepted)"), "{out}");
    let json = toets(&[
        "check",
        "--no-sensitivity",
        "--format",
        "json",
        "--accept",
        "toets-accept.toml",
        COMPROMISE,
    ]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json[0]["summary"]["accepted"], 6);
    let accepted: Vec<&serde_json::Value> = json[0]["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v.get("accepted").is_some())
        .collect();
    assert_eq!(accepted.len(), 6);
    assert!(accepted.iter().all(|v| v["status"] == "violated"));
    assert!(
        accepted[0]["accepted"]["location"]
            .as_str()
            .unwrap()
            .starts_with("toets-accept.toml:")
    );
}

#[test]
fn a_violation_no_longer_accepted_fails_again() {
    let path = accept_file("removed", |text| {
        let cut = text.find("[[accept]]").unwrap();
        let next = text[cut + 1..].find("[[accept]]").unwrap() + cut + 1;
        format!("{}{}", &text[..cut], &text[next..])
    });
    let output = toets(&["check", "--no-sensitivity", "--accept", &path, COMPROMISE]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("  VIOLATED   chain-approaches     nieuw-akkoord"));
}

#[test]
fn an_expired_acceptance_is_reported_and_accepts_nothing() {
    let path = accept_file("expired", |text| {
        text.replace("until = \"2027-12-31\"", "until = \"2026-11-30\"")
    });
    let output = toets(&["check", "--no-sensitivity", "--accept", &path, COMPROMISE]);
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert_eq!(
        err.matches("warning[expired-acceptance]").count(),
        5,
        "{err}"
    );
    assert!(
        err.contains("expired on 2026-11-30: the violation counts again"),
        "{err}"
    );
    assert!(err.contains("toets-accept.toml:"), "{err}");
    // In Dutch too.
    let output = toets(&[
        "--lang",
        "nl",
        "check",
        "--no-sensitivity",
        "--accept",
        &path,
        COMPROMISE,
    ]);
    assert!(text(&output.stderr).contains("waarschuwing[expired-acceptance]: de aanvaarding van `money-balance` is op 2026-11-30 verlopen"));
}

#[test]
fn a_stale_acceptance_is_reported_and_fails_with_deny_stale() {
    let path = accept_file("stale", |text| {
        format!(
            "{text}\n[[accept]]\nmodel = \"{}/{COMPROMISE}\"\nrule = \"joint-review\"\nsubject = \"transformatieplan-zvw\"\nreason = \"repaired since\"\naccepted_by = \"a reviewer\"\n",
            std::env::current_dir().unwrap().display()
        )
    });
    let output = toets(&["check", "--no-sensitivity", "--accept", &path, COMPROMISE]);
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(err.contains("warning[stale-acceptance]: the acceptance of `joint-review` for `transformatieplan-zvw`"), "{err}");
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--deny-stale",
        "--accept",
        &path,
        COMPROMISE,
    ]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn an_accept_file_with_a_problem_is_an_error_at_its_place() {
    let path = accept_file("bad", |text| {
        text.replacen(
            "rule = \"chain-approaches\"",
            "rule = \"chain-approach\"",
            1,
        )
    });
    let output = toets(&["check", "--no-sensitivity", "--accept", &path, COMPROMISE]);
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains("error[unknown-reference]: no rule is called `chain-approach`"),
        "{err}"
    );
    assert!(err.contains("did you mean `chain-approaches`?"), "{err}");
    assert!(err.contains("toets-accept.toml:7:9"), "{err}");
}

#[test]
fn an_accept_file_beside_the_model_is_found_without_being_named() {
    let dir = scratch("beside");
    std::fs::copy(COMPROMISE, dir.join("draft.toml")).unwrap();
    let texts = dir.join("texts");
    std::fs::create_dir_all(&texts).unwrap();
    for entry in std::fs::read_dir("models/texts").unwrap() {
        let entry = entry.unwrap().path();
        std::fs::copy(&entry, texts.join(entry.file_name().unwrap())).unwrap();
    }
    let model = dir.join("draft.toml");
    let model = model.to_str().unwrap();
    assert_eq!(
        toets(&["check", "--no-sensitivity", model]).status.code(),
        Some(1)
    );
    // `toets accept` writes a starting file; beside the model, it is found and applies.
    let out = dir.join("toets-accept.toml");
    let written = toets(&["accept", model, "--out", out.to_str().unwrap()]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    let file = std::fs::read_to_string(&out).unwrap();
    assert_eq!(file.matches("[[accept]]").count(), 6, "{file}");
    assert!(file.contains("model = \"draft.toml\""), "{file}");
    assert!(
        file.contains("reason = \"TODO: why this violation is accepted\""),
        "{file}"
    );
    let output = toets(&["check", "--no-sensitivity", model]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn sarif_suppresses_accepted_violations_with_their_justification() {
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--format",
        "sarif",
        "--accept",
        "toets-accept.toml",
        COMPROMISE,
    ]);
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 6);
    for result in results {
        let suppression = &result["suppressions"][0];
        assert_eq!(suppression["kind"], "external");
        assert!(
            suppression["justification"]
                .as_str()
                .unwrap()
                .contains("toets maintainers")
        );
    }
}

#[test]
fn github_annotations_point_at_the_model_line_of_each_finding() {
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--format",
        "github",
        "--accept",
        "toets-accept.toml",
        "models/iza2-draft-2024.toml",
        COMPROMISE,
    ]);
    let out = text(&output.stdout);
    let lines: Vec<&str> = out.lines().collect();
    // 17 violations of the 2024 draft; the compromise's 6, accepted, are notices.
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("::error ")).count(),
        17,
        "{out}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("::notice ")).count(),
        6,
        "{out}"
    );
    for line in &lines {
        let (command, message) = line.split_once("::").unwrap().1.split_once("::").unwrap();
        assert!(
            command.contains(" file=models/")
                && command.contains(",line=")
                && command.contains(",col="),
            "{line}"
        );
        assert!(command.contains(",title=toets "), "{line}");
        assert!(!message.contains('\n') && !message.is_empty(), "{line}");
    }
    assert!(
        out.contains("::error file=models/iza2-draft-2024.toml,line="),
        "{out}"
    );
}

#[test]
fn junit_has_a_test_case_per_verdict_and_a_failure_per_violation() {
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--format",
        "junit",
        "--accept",
        "toets-accept.toml",
        "models/iza2-draft-2024.toml",
        COMPROMISE,
    ]);
    let xml = text(&output.stdout);
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), 2);
    let count = |node: roxmltree::Node, tag: &str| {
        node.descendants().filter(|n| n.has_tag_name(tag)).count()
    };
    assert_eq!(count(root, "testcase"), 25 + 27);
    assert_eq!(count(root, "failure"), 17);
    assert_eq!(count(root, "skipped"), 6);
    assert_eq!(root.attribute("tests"), Some("52"));
    assert_eq!(root.attribute("failures"), Some("17"));
    assert_eq!(root.attribute("skipped"), Some("6"));
    for suite in suites {
        let tests: usize = suite.attribute("tests").unwrap().parse().unwrap();
        assert_eq!(tests, count(suite, "testcase"));
        let failures: usize = suite.attribute("failures").unwrap().parse().unwrap();
        assert_eq!(failures, count(suite, "failure"));
    }
}

#[test]
fn gitlab_code_quality_has_the_documented_shape() {
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--format",
        "gitlab",
        "models/iza2-draft-2024.toml",
    ]);
    let issues: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/schemas/gitlab-code-quality.json").unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&issues)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let issues = issues.as_array().unwrap();
    assert_eq!(issues.len(), 17);
    let mut fingerprints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    fingerprints.sort_unstable();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), issues.len(), "fingerprints are unique");
}

#[test]
fn without_positions_a_snapshot_does_not_move_with_the_lines() {
    let dir = scratch("positions");
    let texts = dir.join("texts");
    std::fs::create_dir_all(&texts).unwrap();
    for entry in std::fs::read_dir("models/texts").unwrap() {
        let entry = entry.unwrap().path();
        std::fs::copy(&entry, texts.join(entry.file_name().unwrap())).unwrap();
    }
    let model = std::fs::read_to_string("models/iza2-draft-2024.toml").unwrap();
    let (a, b) = (dir.join("a.toml"), dir.join("b.toml"));
    std::fs::write(&a, &model).unwrap();
    std::fs::write(&b, format!("# A comment line more.\n{model}")).unwrap();
    let json = |path: &std::path::Path, flag: &[&str]| {
        let mut args = vec!["check", "--no-sensitivity", "--format", "json"];
        args.extend(flag);
        args.push(path.to_str().unwrap());
        text(&toets(&args).stdout).replace(path.to_str().unwrap(), "MODEL")
    };
    assert_ne!(json(&a, &[]), json(&b, &[]));
    assert_eq!(json(&a, &["--no-positions"]), json(&b, &["--no-positions"]));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn acceptances_of_models_the_run_did_not_check_are_left_alone() {
    // The project's accept file names only the compromise: checking another model says
    // nothing about it.
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--deny-stale",
        "--accept",
        "toets-accept.toml",
        "models/vng-conditions-2024.toml",
    ]);
    assert!(
        !text(&output.stderr).contains("acceptance"),
        "{}",
        text(&output.stderr)
    );
    // But an acceptance of a model that is not there at all is stale: the path is misspelt.
    let misspelt = accept_file("misspelt", |text| {
        text.replacen("compromise-2024-12.toml", "compromis-2024-12.toml", 1)
    });
    let output = toets(&[
        "check",
        "--no-sensitivity",
        "--accept",
        &misspelt,
        "models/vng-conditions-2024.toml",
    ]);
    let stderr = text(&output.stderr);
    assert_eq!(
        stderr.matches("warning[stale-acceptance]").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("compromis-2024-12.toml"), "{stderr}");
}
