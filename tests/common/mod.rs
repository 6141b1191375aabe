//! Shared test helpers: checking a model, and replaying every counterexample through the
//! plain evaluator (no solver) before a test trusts it.

#![allow(dead_code)]

use toets::check::{self, Options, Report};
use toets::model::{Model, RelationKind, Side};
use toets::verdict::{Detail, Status, Verdict};
use toets::vote::{self, Votes};

/// Loads and checks a model file, panicking with the rendered diagnostics if it is invalid.
pub fn check_file(path: &str) -> (Model, Report) {
    let model = match check::load_file(path) {
        Ok(model) => model,
        Err(rejected) => panic!("{path} is not a valid model:\n{}", rejected.render()),
    };
    let report = check::check_model(&model, &Options::default());
    for verdict in &report.verdicts {
        replay(&model, verdict);
    }
    (model, report)
}

/// The statuses of a rule's verdicts, as `(subject, status)`.
pub fn statuses(report: &Report, rule: &str) -> Vec<(Option<String>, Status)> {
    report
        .verdicts
        .iter()
        .filter(|v| v.rule == rule)
        .map(|v| (v.subject.clone(), v.status))
        .collect()
}

fn party(model: &Model, id: &str) -> usize {
    model
        .party_id(id)
        .unwrap_or_else(|| panic!("counterexample names unknown party `{id}`"))
}

/// Checks a counterexample against the model with no solver: the vote really passes the
/// step, the left-out party or side really does not consent, the path is made of real
/// relations, the facts are facts.
pub fn replay(model: &Model, verdict: &Verdict) {
    let Some(counterexample) = &verdict.counterexample else {
        assert_ne!(
            verdict.status,
            Status::Violated,
            "a violation needs a counterexample"
        );
        return;
    };
    assert_eq!(verdict.status, Status::Violated);
    match &counterexample.detail {
        Detail::Vote {
            decision,
            step,
            left_out,
            stream,
            consents,
            absent,
            ..
        } => {
            let d = model
                .decisions
                .iter()
                .find(|d| &d.id == decision)
                .expect("counterexample names a decision of the model");
            let mut votes = Votes::default();
            for id in consents {
                votes.consents.insert(party(model, id));
            }
            for p in 0..model.parties.len() {
                if !absent.contains(&model.parties[p].id) {
                    votes.present.insert(p);
                }
            }
            // The region the vote is about: the plan's (joint-review) or the subject's.
            let region = match verdict.rule {
                "joint-review" => model
                    .plans
                    .iter()
                    .find(|p| verdict.subject.as_deref() == Some(p.id.as_str()))
                    .and_then(|p| p.region)
                    .map(|r| &model.regions[r]),
                _ => model
                    .regions
                    .iter()
                    .find(|r| verdict.subject.as_deref() == Some(r.id.as_str())),
            };
            let steps: Vec<_> = if verdict.rule == "no-decision-without" {
                d.steps.iter().collect()
            } else {
                d.steps.iter().filter(|s| &s.name == step).collect()
            };
            assert!(!steps.is_empty(), "counterexample names step `{step}`");
            for s in steps {
                assert!(
                    vote::passes(model, &s.rule, region, &votes),
                    "replay: step `{}` of `{decision}` does not pass under {consents:?}",
                    s.name
                );
            }
            if let Some(stream) = stream {
                assert!(d.reviews_stream(*stream), "the decision covers the stream");
            }
            match left_out.strip_suffix(" side") {
                Some(side) => {
                    let side = Side::parse(side).expect("a side");
                    for id in consents {
                        assert_ne!(model.parties[party(model, id)].side, side);
                    }
                }
                None => assert!(!votes.consents(party(model, left_out))),
            }
        }
        Detail::Path { from, to, path } => {
            assert!(!path.is_empty());
            assert_eq!(&path_top(model, &path[0]), from);
            assert_eq!(&path_bottom(model, path.last().unwrap()), to);
            for pair in path.windows(2) {
                assert_eq!(path_bottom(model, &pair[0]), path_top(model, &pair[1]));
            }
            for step in path {
                let exists = model.relations.iter().any(|r| {
                    r.kind.as_str() == step.relation
                        && model.element_id(r.from) == step.from
                        && model.element_id(r.to) == step.to
                });
                assert!(exists, "replay: no relation {step:?} in the model");
            }
        }
        Detail::Power {
            decision,
            stronger,
            weaker,
            coalition,
        } => {
            // Everyone takes part; the coalition and the stronger commissioner consent, the
            // decision passes; with the weaker in its place, it does not.
            let d = model
                .decisions
                .iter()
                .find(|d| &d.id == decision)
                .expect("counterexample names a decision of the model");
            let passes_with = |member: &str| {
                let mut votes = Votes::default();
                votes.present = (0..model.parties.len()).collect();
                for id in coalition.iter().map(String::as_str).chain([member]) {
                    votes.consents.insert(party(model, id));
                }
                d.steps
                    .iter()
                    .all(|s| vote::passes(model, &s.rule, None, &votes))
            };
            assert!(!coalition.contains(stronger) && !coalition.contains(weaker));
            assert!(
                passes_with(stronger),
                "replay: `{decision}` passes with `{stronger}`"
            );
            assert!(
                !passes_with(weaker),
                "replay: `{decision}` fails with `{weaker}`"
            );
        }
        Detail::Facts { findings } => assert!(!findings.is_empty()),
        Detail::Money {
            year,
            funds,
            costs,
            cuts,
            shortfall,
        } => {
            // The year's money, costs and cut ranges, summed without the solver.
            let municipal = |p: usize| model.parties[p].side == Side::Municipal;
            let year = *year;
            let plain_funds: i64 = model
                .relations
                .iter()
                .filter(|r| {
                    r.kind == RelationKind::Funds
                        && matches!(r.to, toets::model::Element::Party(p) if municipal(p))
                })
                .filter_map(|r| r.funding.as_ref())
                .filter(|f| f.nature == toets::model::Nature::Structural && f.in_year(year))
                .map(|f| f.amount)
                .sum();
            let plain_costs: i64 = model
                .tasks
                .iter()
                .filter(|t| municipal(t.of) && toets::model::runs_in(t.from, t.until, year))
                .map(|t| t.cost)
                .sum();
            let running: Vec<_> = model
                .cuts
                .iter()
                .filter(|c| municipal(c.on) && toets::model::runs_in(c.from, c.until, year))
                .collect();
            let lowest: i64 = running.iter().map(|c| c.amount).sum();
            let highest: i64 = running.iter().map(|c| c.up_to.unwrap_or(c.amount)).sum();
            assert_eq!(*funds, plain_funds, "replay: structural money in {year}");
            assert_eq!(*costs, plain_costs, "replay: costs in {year}");
            assert!((lowest..=highest).contains(cuts), "replay: cuts in {year}");
            assert_eq!(*shortfall, plain_costs + cuts - plain_funds);
            assert!(*shortfall > 0, "replay: a shortfall in {year}");
        }
    }
}

/// The superior end of a subordination step.
fn path_top(model: &Model, step: &toets::verdict::PathStep) -> String {
    let _ = model;
    match RelationKind::parse(&step.relation) {
        Some(RelationKind::AccountableTo) => step.to.clone(),
        _ => step.from.clone(),
    }
}

/// The subordinate end of a subordination step.
fn path_bottom(model: &Model, step: &toets::verdict::PathStep) -> String {
    let _ = model;
    match RelationKind::parse(&step.relation) {
        Some(RelationKind::AccountableTo) => step.from.clone(),
        _ => step.to.clone(),
    }
}
