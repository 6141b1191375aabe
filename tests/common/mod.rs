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
            let steps: Vec<_> =
                if matches!(verdict.rule, "no-decision-without" | "chain-approaches") {
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
            if verdict.rule == "budget-autonomy" {
                // Instructions down to whoever approves the budget, from a party that is not
                // the municipality itself.
                let last = path.last().unwrap();
                assert_eq!(last.relation, "approves-budget-of");
                for step in &path[..path.len() - 1] {
                    assert_eq!(step.relation, "instructs");
                }
                assert_ne!(from, to);
                assert!(
                    model.party_id(from).is_some(),
                    "the chain starts at a party"
                );
            }
        }
        Detail::Facts { findings } => {
            assert!(!findings.is_empty());
            for finding in findings {
                replay_finding(model, verdict, finding.problem, &finding.about);
            }
        }
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

/// Checks a finding of a rule that reads facts of the model against the model itself.
fn replay_finding(model: &Model, verdict: &Verdict, problem: &str, about: &str) {
    use toets::model::{DecisionKind, Element};
    let subject = verdict.subject.as_deref().unwrap_or_default();
    let agreement = || {
        model
            .agreements
            .iter()
            .position(|a| a.id == subject)
            .expect("the subject is an agreement")
    };
    let relation = |kind: RelationKind, from: usize, to: Element| {
        model
            .relations
            .iter()
            .filter(|r| r.kind == kind && r.from == Element::Party(from) && r.to == to)
            .collect::<Vec<_>>()
    };
    match (verdict.rule, problem) {
        ("joint-direction", "not-directing") => {
            let a = agreement();
            let p = party(model, about);
            assert!(model.commissioners.contains(&p));
            assert!(relation(RelationKind::Directs, p, Element::Agreement(a)).is_empty());
        }
        ("joint-direction", "leads-alone") => {
            let a = agreement();
            let p = party(model, about);
            let leads = |q: usize| {
                relation(RelationKind::Directs, q, Element::Agreement(a))
                    .iter()
                    .any(|r| r.lead)
            };
            assert!(leads(p), "replay: `{about}` holds no lead");
            assert!(
                model.commissioners.iter().any(|&c| c != p && !leads(c)),
                "replay: every commissioner leads beside `{about}`"
            );
        }
        ("joint-direction", "no-udo-method") => {
            assert!(model.agreements[agreement()].method.is_none());
        }
        ("mandate-structure", "no-mandate") => {
            let region = model
                .regions
                .iter()
                .find(|r| r.id == subject)
                .expect("the subject is a region");
            let m = party(model, about);
            let g = region.mandate_municipality.expect("a mandaatgemeente");
            assert!(region.municipalities.contains(&m) && m != g);
            assert!(relation(RelationKind::Mandates, m, Element::Party(g)).is_empty());
        }
        ("chain-approaches", "no-prioritisation") => {
            let a = agreement();
            assert!(model.decisions.iter().all(|d| {
                d.kind != DecisionKind::PrioritiseChainApproaches
                    || !matches!(d.about, toets::model::About::Agreement(x) | toets::model::About::Process(x) if x == a)
            }));
        }
        ("chain-approaches", "not-binding") => {
            let d = model
                .decisions
                .iter()
                .find(|d| d.id == about)
                .expect("a decision of the model");
            assert_eq!(d.kind, DecisionKind::PrioritiseChainApproaches);
            assert!(!d.binding);
        }
        _ => {}
    }
}
