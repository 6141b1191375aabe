//! Per rule, small models that hold and that violate it. Each fixture says in its header what
//! its rule (the directory it is in) must conclude: `# expect: holds` or `# expect: violated`.
//! Every counterexample is replayed through the plain evaluator.

mod common;

use std::path::Path;
use toets::verdict::Status;

fn expected(text: &str) -> Status {
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("# expect: "))
        .expect("a fixture says `# expect: ...` in its header");
    match line.trim() {
        "holds" => Status::Holds,
        "violated" => Status::Violated,
        other => panic!("unknown expectation `{other}`"),
    }
}

#[test]
fn every_fixture_gives_its_expected_verdict() {
    let mut checked = 0;
    let mut dirs: Vec<_> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs {
        let rule = dir.file_name().unwrap().to_str().unwrap().to_string();
        assert!(toets::rules::find(&rule).is_some(), "no rule `{rule}`");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut seen = (false, false);
        for file in files {
            let path = file.to_str().unwrap();
            let expect = expected(&std::fs::read_to_string(&file).unwrap());
            let (_, report) = common::check_file(path);
            let verdicts = common::statuses(&report, &rule);
            assert!(!verdicts.is_empty(), "{path}: `{rule}` gave no verdict");
            let overall = if verdicts.iter().any(|(_, s)| *s == Status::Violated) {
                Status::Violated
            } else {
                Status::Holds
            };
            assert!(
                verdicts.iter().all(|(_, s)| *s != Status::Unknown),
                "{path}: {verdicts:?}"
            );
            assert_eq!(overall, expect, "{path}: {verdicts:?}");
            match expect {
                Status::Holds => seen.0 = true,
                _ => seen.1 = true,
            }
            checked += 1;
        }
        assert_eq!(
            seen,
            (true, true),
            "`{rule}` needs fixtures that hold and that violate"
        );
    }
    assert!(checked >= 2 * toets::rules::ALL.len(), "{checked} fixtures");
}

#[test]
fn every_rule_has_fixtures() {
    for rule in toets::rules::ALL {
        assert!(
            Path::new("tests/fixtures").join(rule.id).is_dir(),
            "no fixtures for `{}`",
            rule.id
        );
    }
}

#[test]
fn the_quorum_counterexample_has_the_commissioner_stay_away_or_refuse() {
    let (_, report) = common::check_file("tests/fixtures/no-decision-without/quorum.toml");
    let verdict = &report
        .verdicts
        .iter()
        .find(|v| v.rule == "no-decision-without")
        .unwrap();
    let json = serde_json::to_value(verdict).unwrap();
    let left_out = json["counterexample"]["left_out"].as_str().unwrap();
    let consents: Vec<&str> = json["counterexample"]["consents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(!consents.contains(&left_out));
    // Two of three present and both consenting is the only way to pass without the third.
    assert_eq!(consents.len(), 2, "{json}");
}

#[test]
fn the_subordination_path_is_the_whole_chain() {
    let (_, report) = common::check_file("tests/fixtures/no-subordination/chain.toml");
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "no-subordination")
        .unwrap();
    let json = serde_json::to_value(verdict).unwrap();
    assert_eq!(json["counterexample"]["from"], "vws");
    assert_eq!(json["counterexample"]["to"], "vng");
    assert_eq!(
        json["counterexample"]["path"].as_array().unwrap().len(),
        3,
        "{json}"
    );
}

#[test]
fn money_exemption_names_the_exempted_stream() {
    let (_, report) = common::check_file("tests/fixtures/money-no-exemption/zvw-exempt.toml");
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "money-no-exemption")
        .unwrap();
    let json = serde_json::to_value(verdict).unwrap();
    assert_eq!(json["counterexample"]["stream"], "zvw", "{json}");
    assert_eq!(json["counterexample"]["decision"], "review-zvw");
    // The plan this region actually has is not Zvw-funded, so joint-review itself holds.
    assert!(
        common::statuses(&report, "joint-review")
            .iter()
            .all(|(_, s)| *s == Status::Holds)
    );
}

/// Of two chains from `vws` down to `vng`, the counterexample is the shorter.
#[test]
fn the_subordination_counterexample_is_the_shortest_chain() {
    let mut text = String::from(
        "[model]\ntitle = \"two chains\"\nsource = \"t\"\ncommissioners = [\"vws\", \"vng\"]\n",
    );
    for (id, kind) in [("vws", "ministry"), ("vng", "municipalities-association")] {
        text.push_str(&format!(
            "[[party]]\nid = \"{id}\"\nkind = \"{kind}\"\nsource = \"t\"\n"
        ));
    }
    for id in ["a", "b", "c", "d"] {
        text.push_str(&format!(
            "[[party]]\nid = \"{id}\"\nkind = \"other\"\nsource = \"t\"\n"
        ));
    }
    text.push_str("[[agreement]]\nid = \"x\"\nsource = \"t\"\n");
    // The long chain first in the file: vws → a → b → c → vng; the short one: vws → d → vng.
    for (from, to) in [
        ("vws", "a"),
        ("a", "b"),
        ("b", "c"),
        ("c", "vng"),
        ("vws", "d"),
        ("d", "vng"),
    ] {
        text.push_str(&format!(
            "[[relation]]\nkind = \"instructs\"\nfrom = \"{from}\"\nto = \"{to}\"\nsource = \"t\"\n"
        ));
    }
    let report = toets::check_str("two-chains.toml", &text).unwrap();
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "no-subordination")
        .unwrap();
    let json = serde_json::to_value(verdict).unwrap();
    let path: Vec<String> = json["counterexample"]["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {} {}",
                s["from"].as_str().unwrap(),
                s["relation"].as_str().unwrap(),
                s["to"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(path, ["vws instructs d", "d instructs vng"]);
}

/// The concept reaches the members without the UDO: the run says so and does no UDO.
#[test]
fn the_process_order_counterexample_names_the_step_it_skips() {
    let (_, report) = common::check_file("tests/fixtures/process-order/no-udo.toml");
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "process-order" && v.status == Status::Violated)
        .expect("process-order is violated");
    let json = serde_json::to_value(verdict).unwrap();
    assert_eq!(json["subject"], "voorleggen", "{json}");
    assert_eq!(json["counterexample"]["reached"], "voorleggen", "{json}");
    assert_eq!(json["counterexample"]["missing"], "udo", "{json}");
    assert_eq!(
        json["counterexample"]["done"],
        serde_json::json!(["concept", "doorrekening", "weging", "voorleggen"]),
        "{json}"
    );
}

/// Without dates the schedule rule has nothing to check; without steps neither rule has.
#[test]
fn the_process_rules_give_no_verdict_without_a_process_or_dates() {
    let (_, report) = common::check_file("tests/fixtures/process-order/in-order.toml");
    assert!(report.verdicts.iter().all(|v| v.rule != "process-schedule"));
    let (_, report) = common::check_file("tests/fixtures/money-balance/covered.toml");
    assert!(
        report
            .verdicts
            .iter()
            .all(|v| !v.rule.starts_with("process-"))
    );
}

/// A schedule that holds is shown, and one that cannot be names the dates that clash.
#[test]
fn the_schedule_is_shown_when_it_holds_and_its_clash_when_it_does_not() {
    let (_, report) = common::check_file("tests/fixtures/process-schedule/fits.toml");
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "process-schedule")
        .unwrap();
    assert_eq!(verdict.status, Status::Holds);
    assert_eq!(verdict.schedule[0].step, "concept");
    assert_eq!(verdict.schedule[0].start, "2024-10-01");
    let (_, report) = common::check_file("tests/fixtures/process-schedule/too-late.toml");
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "process-schedule")
        .unwrap();
    assert_eq!(verdict.status, Status::Violated);
    let json = serde_json::to_value(verdict).unwrap();
    let constraints = json["counterexample"]["constraints"].as_array().unwrap();
    assert!(
        constraints.iter().any(|c| c["earliest"] == "2024-11-01"),
        "{json}"
    );
    assert!(
        constraints.iter().any(|c| c["deadline"] == "2024-11-29"),
        "{json}"
    );
}

/// A step that waits for itself is a cycle of one.
#[test]
fn a_step_after_itself_is_a_cycle() {
    let text = std::fs::read_to_string("tests/fixtures/process-order/in-order.toml")
        .unwrap()
        .replace(
            "id = \"concept\"\nkind = \"concept\"\n",
            "id = \"concept\"\nkind = \"concept\"\nafter = [\"concept\"]\n",
        );
    let rejected =
        toets::check::load_source(toets::language::source::SourceFile::new("self.toml", text))
            .expect_err("a cycle is an error");
    let rendered = rejected.render();
    assert!(rendered.contains("error[process-cycle]"), "{rendered}");
    assert!(rendered.contains("`concept` → `concept`"), "{rendered}");
}

/// The JSON of a fixture's first violated verdict of `rule`.
fn violated_json(path: &str, rule: &str) -> serde_json::Value {
    let (_, report) = common::check_file(path);
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == rule && v.status == Status::Violated)
        .unwrap_or_else(|| panic!("{path}: `{rule}` is not violated"));
    serde_json::to_value(verdict).unwrap()
}

#[test]
fn a_lead_held_alone_names_who_holds_it() {
    let json = violated_json(
        "tests/fixtures/joint-direction/vws-leads.toml",
        "joint-direction",
    );
    let findings = json["counterexample"]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{json}");
    assert_eq!(findings[0]["problem"], "leads-alone");
    assert_eq!(findings[0]["about"], "vws");
    let json = violated_json(
        "tests/fixtures/joint-direction/vng-not-directing.toml",
        "joint-direction",
    );
    let problems: Vec<(&str, &str)> = json["counterexample"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["problem"].as_str().unwrap(), f["about"].as_str().unwrap()))
        .collect();
    assert_eq!(
        problems,
        [("not-directing", "vng"), ("no-udo-method", "akkoord")]
    );
}

#[test]
fn a_missing_mandate_names_the_municipality_and_the_step() {
    let json = violated_json(
        "tests/fixtures/mandate-structure/no-mandate.toml",
        "mandate-structure",
    );
    let cx = &json["counterexample"];
    let findings = cx["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{json}");
    assert_eq!(findings[0]["about"], "gemeente-c");
    let text = findings[0]["text"].as_str().unwrap();
    assert!(
        text.contains("step `assessment` of decision `review`"),
        "{text}"
    );
}

#[test]
fn an_instructed_council_is_a_chain_to_the_budget() {
    let json = violated_json(
        "tests/fixtures/budget-autonomy/council-instructed.toml",
        "budget-autonomy",
    );
    let cx = &json["counterexample"];
    assert_eq!(cx["from"], "vws");
    assert_eq!(cx["to"], "gemeente-a");
    let relations: Vec<&str> = cx["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["relation"].as_str().unwrap())
        .collect();
    assert_eq!(relations, ["instructs", "approves-budget-of"]);
}

#[test]
fn a_prioritisation_without_a_side_shows_the_vote() {
    let json = violated_json(
        "tests/fixtures/chain-approaches/two-of-three.toml",
        "chain-approaches",
    );
    // Two of the three commissioners decide: the ministry and VNG without ZN, the insurer side.
    let cx = &json["counterexample"];
    assert_eq!(cx["left_out"], "insurer side", "{json}");
    assert_eq!(cx["consents"], serde_json::json!(["vws", "vng"]), "{json}");
    assert_eq!(cx["refuses"], serde_json::json!(["zn"]), "{json}");
    for (path, problem) in [
        (
            "tests/fixtures/chain-approaches/missing.toml",
            "no-prioritisation",
        ),
        (
            "tests/fixtures/chain-approaches/not-binding.toml",
            "not-binding",
        ),
    ] {
        let json = violated_json(path, "chain-approaches");
        assert_eq!(
            json["counterexample"]["findings"][0]["problem"], problem,
            "{json}"
        );
    }
}
