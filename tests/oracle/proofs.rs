//! The expected answers of proofs/, derived apart from toets: each reference model read by the
//! oracle ([`super::read`]) and evaluated by brute force, its verdicts kept in
//! `proofs/<model>.oracle`, and every obligation's `; expect:` answer in proofs/<model>/
//! held against them: a subject that holds has every obligation decided the holding way, a
//! violated one at least one decided the violating way, and both list the same rules and
//! subjects. `TOETS_ORACLE_BLESS=1` writes the `.oracle` files anew.

use super::evaluate::{self, Status, Verdicts};
use super::read;
use std::collections::BTreeMap;
use std::path::Path;

const MODELS: [&str; 4] = [
    "iza-2022",
    "iza2-draft-2024",
    "vng-conditions-2024",
    "compromise-2024-12",
];

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Holds => "holds",
        Status::Violated => "violated",
    }
}

/// The oracle's verdicts as the `.oracle` file writes them: a line each, `rule subject status`,
/// `(model)` for a verdict on the model as a whole.
fn written(model: &str, verdicts: &Verdicts) -> String {
    let mut text = format!(
        "# The verdicts of models/{model}.toml as the independent oracle (tests/oracle/) derives\n\
         # them by brute force, apart from toets; tests/oracle.rs holds proofs/{model}/ to them.\n"
    );
    for ((rule, subject), status) in verdicts {
        let subject = subject.as_deref().unwrap_or("(model)");
        text.push_str(&format!("{rule} {subject} {}\n", status_word(*status)));
    }
    text
}

/// The verdict each rule and subject of proofs/<model>/ implies: violated when some obligation
/// is answered the violating way (`sat`, or `unsat` where the polarity is reversed), holds
/// when every one is answered the holding way, `unknown` otherwise.
fn implied(model: &str) -> BTreeMap<(String, String), &'static str> {
    let mut answers: BTreeMap<(String, String), Vec<Option<bool>>> = BTreeMap::new();
    let dir = Path::new("proofs").join(model);
    for rule in std::fs::read_dir(&dir).unwrap() {
        for file in std::fs::read_dir(rule.unwrap().path()).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            let field = |name: &str| {
                text.lines()
                    .find_map(|l| l.strip_prefix(&format!("; {name}:")))
                    .map(|v| v.trim().to_string())
            };
            let reversed = field("polarity").is_some();
            let violated = match field("expect").as_deref() {
                Some("sat") => Some(!reversed),
                Some("unsat") => Some(reversed),
                _ => None,
            };
            let key = (field("rule").unwrap(), field("subject").unwrap());
            answers.entry(key).or_default().push(violated);
        }
    }
    answers
        .into_iter()
        .map(|(key, cases)| {
            let verdict = if cases.contains(&Some(true)) {
                "violated"
            } else if cases.iter().all(|c| *c == Some(false)) {
                "holds"
            } else {
                "unknown"
            };
            (key, verdict)
        })
        .collect()
}

#[test]
fn the_reference_proofs_answer_as_the_oracle_does() {
    let bless = std::env::var_os("TOETS_ORACLE_BLESS").is_some();
    let mut compared = 0;
    for model in MODELS {
        let source = std::fs::read_to_string(format!("models/{model}.toml")).unwrap();
        let world = read::read(&source);
        let verdicts = evaluate::verdicts(&world).unwrap_or_else(|e| {
            panic!("models/{model}.toml is out of the oracle's reach: {}", e.0)
        });
        let text = written(model, &verdicts);
        let path = format!("proofs/{model}.oracle");
        if bless {
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed, text,
            "{path} is not what the oracle derives; write it anew with TOETS_ORACLE_BLESS=1 after checking why"
        );
        let ours: BTreeMap<(String, String), &str> = verdicts
            .iter()
            .map(|((rule, subject), status)| {
                let subject = subject.clone().unwrap_or_else(|| "(model)".into());
                ((rule.to_string(), subject), status_word(*status))
            })
            .collect();
        let theirs = implied(model);
        let mut keys: Vec<&(String, String)> = ours.keys().chain(theirs.keys()).collect();
        keys.sort();
        keys.dedup();
        let differences: Vec<String> = keys
            .into_iter()
            .filter(|k| ours.get(*k) != theirs.get(*k))
            .map(|k| {
                format!(
                    "{} on {}: proofs/{model}/ expects {}, the oracle {}",
                    k.0,
                    k.1,
                    theirs.get(k).unwrap_or(&"no obligation"),
                    ours.get(k).unwrap_or(&"no verdict")
                )
            })
            .collect();
        assert!(differences.is_empty(), "{}", differences.join("\n"));
        compared += ours.len();
    }
    println!("proofs: {compared} verdicts of the reference models agree with the oracle");
    assert!(compared > 50, "{compared} verdicts of the reference models");
}
