//! What a verdict that holds rests on: for every proof of the reference models, the cited
//! elements are enough for the proof, each of them is needed, and for the joint review of
//! VNG's conditions each is needed by the model itself (leave it out and the rule fails).
//!
//! The solver's cores are checked here with the plain evaluator where an obligation is small
//! enough to enumerate, and with a fresh solver call otherwise.

mod common;

use toets::check::{self, Options};
use toets::logic::formula::Obligation;
use toets::logic::solve::{self, Limits, Outcome};
use toets::verdict::Status;

const MODELS: [&str; 4] = [
    "models/iza-2022.toml",
    "models/iza2-draft-2024.toml",
    "models/vng-conditions-2024.toml",
    "models/compromise-2024-12.toml",
];

/// The obligation with only the assertions that pose its question and the grounded ones
/// whose index `keep` accepts.
fn restricted(obligation: &Obligation, keep: impl Fn(usize) -> bool) -> Obligation {
    let mut reduced = obligation.clone();
    reduced.assertions = obligation
        .assertions
        .iter()
        .enumerate()
        .filter(|(i, a)| a.rests_on.is_empty() || keep(*i))
        .map(|(_, a)| a.clone())
        .collect();
    reduced
}

/// Whether some assignment satisfies the obligation: by enumeration when it has at most 16
/// variables, else by the solver, whose model is replayed.
fn satisfiable(obligation: &Obligation) -> bool {
    let n = obligation.vars.len();
    if n <= 16 {
        return (0u32..1 << n).any(|bits| {
            let values: Vec<bool> = (0..n).map(|i| bits & (1 << i) != 0).collect();
            obligation.holds_under(&values)
        });
    }
    match solve::solve(obligation, Limits::default()) {
        Outcome::Sat(values, ints) => {
            assert!(
                obligation.holds_under_with(&values, &ints),
                "a model that does not replay"
            );
            true
        }
        Outcome::Unsat(_) => false,
        Outcome::Unknown(reason) => panic!("the solver gave up: {reason}"),
    }
}

#[test]
fn every_core_is_enough_and_each_of_its_elements_is_needed() {
    let mut cores = 0;
    let mut elements = 0;
    for path in MODELS {
        let model = check::load_file(path).expect("a valid model");
        let checked = check::check(&model, &Options::default());
        for decided in &checked.decided {
            let Outcome::Unsat(core) = &decided.outcome else {
                continue;
            };
            let ob = &decided.obligation;
            // Where unsat means violated, the core is a counterexample, which tests/common
            // replays without the solver.
            if ob.polarity == toets::logic::formula::Polarity::UnsatViolates {
                continue;
            }
            let what = format!("{path}: {} / {}", ob.rule, ob.case);
            for &i in core {
                assert!(
                    !ob.assertions[i].rests_on.is_empty(),
                    "{what}: the core names an assertion without elements"
                );
            }
            assert!(
                !satisfiable(&restricted(ob, |i| core.contains(&i))),
                "{what}: the core alone does not prove the case"
            );
            for &left_out in core {
                assert!(
                    satisfiable(&restricted(ob, |i| i != left_out && core.contains(&i))),
                    "{what}: the core still proves the case without `{}`",
                    ob.assertions[left_out].comment
                );
                elements += 1;
            }
            cores += 1;
        }
    }
    // The reference models have proofs that rest on elements; an empty loop proves nothing.
    assert!(
        cores > 50 && elements > 50,
        "{cores} cores, {elements} elements"
    );
}

#[test]
fn joint_review_of_vng_conditions_rests_on_elements_each_of_which_the_model_needs() {
    let path = "models/vng-conditions-2024.toml";
    let model = check::load_file(path).expect("a valid model");
    let checked = check::check(&model, &Options::default());
    let mut needed = 0;
    for decided in checked
        .decided
        .iter()
        .filter(|d| d.obligation.rule == "joint-review")
    {
        let Outcome::Unsat(core) = &decided.outcome else {
            panic!("joint-review holds in {path}");
        };
        let ob = &decided.obligation;
        assert!(!core.is_empty(), "{}: the proof cites nothing", ob.case);
        for &left_out in core {
            // Every other assertion of the model kept: the element has no stand-in.
            assert!(
                satisfiable(&restricted(ob, |i| i != left_out)),
                "{}: the model proves the case without `{}` too",
                ob.case,
                ob.assertions[left_out].comment
            );
            needed += 1;
        }
    }
    assert!(needed >= 8, "{needed} needed elements");
}

/// Removing a cited element from the model file itself: the joint review's rule without the
/// mandaatgemeente lets plans pass without the municipal side.
#[test]
fn leaving_a_cited_voter_out_of_the_model_breaks_the_rule() {
    let path = "models/vng-conditions-2024.toml";
    let (_, report) = common::check_file(path);
    let verdict = report
        .verdicts
        .iter()
        .find(|v| v.rule == "joint-review" && v.status == Status::Holds)
        .expect("joint review holds");
    let cited = verdict
        .rests_on
        .iter()
        .find(|c| {
            c.element
                .contains("asks the consent of `region:mandate-municipality`")
        })
        .expect("the proof rests on the mandaatgemeente's consent");
    let line: usize = cited.location.rsplit(':').nth(1).unwrap().parse().unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let edited: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == line {
                l.replace(", \"region:mandate-municipality\"", "")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(edited, text, "line {line} names the mandaatgemeente");
    let report = toets::check_str(path, &edited).expect("still a valid model");
    let broken = report
        .verdicts
        .iter()
        .find(|v| v.rule == "joint-review" && v.subject == verdict.subject)
        .expect("the same plan");
    assert_eq!(broken.status, Status::Violated);
    assert!(broken.rests_on.is_empty());
}

#[test]
fn a_violated_or_unknown_verdict_rests_on_nothing() {
    for path in MODELS {
        let (_, report) = common::check_file(path);
        for verdict in &report.verdicts {
            if verdict.status != Status::Holds {
                assert!(verdict.rests_on.is_empty(), "{path}: {verdict:?}");
            }
        }
    }
}
