//! Shared test helpers: checking a model, and replaying every counterexample through the
//! plain evaluator (no solver) before a test trusts it.

#![allow(dead_code)]

use toets::check::{self, Options, Report};
use toets::logic::vote::{self, Votes};
use toets::model::{Model, RelationKind, Side};
use toets::verdict::{Detail, Status, Verdict};

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
    if !verdict.schedule.is_empty() {
        replay_schedule(model, verdict);
    }
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
            let d = decision_named(model, decision);
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
        Detail::Power {
            decision,
            stronger,
            weaker,
            coalition,
        } => {
            // Everyone takes part; the coalition and the stronger commissioner consent, the
            // decision passes; with the weaker in its place, it does not.
            let d = decision_named(model, decision);
            let passes_with = |member: &str| {
                let mut votes = Votes {
                    present: (0..model.parties.len()).collect(),
                    ..Votes::default()
                };
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
        Detail::Run {
            reached,
            missing,
            done,
        } => replay_run(model, reached, *missing, done),
        Detail::Infeasible { constraints } => {
            // The failing set really is infeasible, and minimal: without any one of its
            // constraints a schedule exists.
            let edges = edges_of(model, constraints);
            let nodes = model.process.len() + 1;
            assert!(
                !feasible(nodes, &edges),
                "replay: the constraints can be met"
            );
            for k in 0..edges.len() {
                let mut fewer = edges.clone();
                fewer.remove(k);
                assert!(
                    feasible(nodes, &fewer),
                    "replay: the failing set is not minimal"
                );
            }
        }
    }
}

/// The index of a process step by its id.
fn decision_named<'m>(model: &'m Model, id: &str) -> &'m toets::model::Decision {
    model
        .decisions
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("counterexample names unknown decision `{id}`"))
}

fn step(model: &Model, id: &str) -> usize {
    model
        .process
        .iter()
        .position(|s| s.id == id)
        .unwrap_or_else(|| panic!("counterexample names unknown process step `{id}`"))
}

/// A day number from an ISO date of a report.
fn day(date: &str) -> i64 {
    let parts: Vec<i64> = date.split('-').map(|p| p.parse().unwrap()).collect();
    let (m, d) = (
        u32::try_from(parts[1]).unwrap(),
        u32::try_from(parts[2]).unwrap(),
    );
    toets::model::day_number(parts[0], m, d).expect("a date of the calendar")
}

/// The run of a `process-order` counterexample, replayed: every step it does comes after the
/// steps it names in `after`, in the order given; it reaches the gated step; and no step of the
/// missing kind is among them.
fn replay_run(model: &Model, reached: &str, missing: toets::model::StepKind, done: &[String]) {
    let order: Vec<usize> = done.iter().map(|id| step(model, id)).collect();
    for (k, &s) in order.iter().enumerate() {
        for p in &model.process[s].after {
            assert!(
                order[..k].contains(p),
                "replay: `{}` is done before `{}`, which it comes after",
                model.process[s].id,
                model.process[*p].id
            );
        }
    }
    assert!(
        order.contains(&step(model, reached)),
        "replay: the run reaches `{reached}`"
    );
    let gated = &model.process[step(model, reached)];
    for &s in &order {
        // A ratification counts only when the signer's own members ratify.
        let counts = model.process[s].kind == missing
            && (missing != toets::model::StepKind::MembersRatification
                || model.process[s].by == gated.by);
        assert!(!counts, "replay: the run does a `{missing}`");
    }
    let by_municipal = gated.by.is_some_and(|p| {
        model.parties[p].kind == toets::model::PartyKind::MunicipalitiesAssociation
    });
    use toets::model::StepKind as K;
    let needed = match gated.kind {
        K::PutToMembers => vec![
            K::Concept,
            K::Udo,
            K::Doorrekening,
            K::SustainabilityWeighing,
        ],
        K::Signing if by_municipal => vec![K::MembersRatification],
        _ => Vec::new(),
    };
    assert!(
        needed.contains(&missing),
        "replay: `{reached}` does not need a `{missing}`"
    );
}

/// The difference constraints `start[to] − start[from] ≥ weight` and bounds of a schedule,
/// with a virtual step `n` at day 0: earliest `e` is `start[s] − start[n] ≥ e`, a deadline
/// `d` is `start[n] − start[s] ≥ days − d`.
type Edge = (usize, usize, i64);

fn edges_of(model: &Model, constraints: &[toets::verdict::Constraint]) -> Vec<Edge> {
    let n = model.process.len();
    constraints
        .iter()
        .map(|c| {
            let s = step(model, &c.step);
            match (&c.after, &c.earliest, &c.deadline) {
                (Some(p), None, None) => {
                    let p = step(model, p);
                    assert_eq!(
                        c.days, model.process[p].days,
                        "replay: days of `{}`",
                        c.step
                    );
                    assert!(
                        model.process[s].after.contains(&p),
                        "replay: no such `after`"
                    );
                    (p, s, model.process[p].days)
                }
                (None, Some(e), None) => {
                    assert_eq!(model.process[s].earliest, Some(day(e)), "replay: earliest");
                    (n, s, day(e))
                }
                (None, None, Some(d)) => {
                    assert_eq!(model.process[s].deadline, Some(day(d)), "replay: deadline");
                    assert_eq!(c.days, model.process[s].days);
                    (s, n, model.process[s].days - day(d))
                }
                other => {
                    panic!("replay: a constraint is one of after, earliest, deadline: {other:?}")
                }
            }
        })
        .collect()
}

/// Whether difference constraints `x[to] − x[from] ≥ w` over `nodes` variables can all be met:
/// Bellman–Ford on `x[from] ≤ x[to] − w` finds no negative cycle.
fn feasible(nodes: usize, edges: &[Edge]) -> bool {
    // As `x[from] − x[to] ≤ −w`: an edge to → from of weight −w.
    let mut distance = vec![0i64; nodes];
    for _ in 0..=nodes {
        let mut changed = false;
        for &(from, to, w) in edges {
            if distance[to] - w < distance[from] {
                distance[from] = distance[to] - w;
                changed = true;
            }
        }
        if !changed {
            return true;
        }
    }
    false
}

/// A schedule shown for a rule that holds meets every date and `after` of the model.
fn replay_schedule(model: &Model, verdict: &Verdict) {
    assert_eq!(verdict.status, Status::Holds);
    assert_eq!(verdict.schedule.len(), model.process.len());
    let start = |id: &str| {
        let s = verdict
            .schedule
            .iter()
            .find(|s| s.step == id)
            .expect("every step scheduled");
        (day(&s.start), day(&s.end))
    };
    for step in &model.process {
        let (begin, end) = start(&step.id);
        assert_eq!(
            end - begin,
            step.days,
            "replay: `{}` takes its days",
            step.id
        );
        if let Some(e) = step.earliest {
            assert!(begin >= e, "replay: `{}` starts too early", step.id);
        }
        if let Some(d) = step.deadline {
            assert!(end <= d, "replay: `{}` is done too late", step.id);
        }
        for &p in &step.after {
            assert!(
                begin >= start(&model.process[p].id).1,
                "replay: `{}` starts too soon",
                step.id
            );
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

/// A validator of the SARIF 2.1.0 schema, carried in tests/schemas/ (with where it comes from).
pub fn sarif_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string("tests/schemas/sarif-2.1.0-rtm.5.json").unwrap();
    let mut schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    // The published schema's pattern for `language` (of a run and of a tool component) has a
    // stray `]`, which the draft-04 meta-schema rejects as a regular expression. toets writes
    // no `language`; the two patterns are replaced by the one their description means, and
    // nothing else is touched.
    for owner in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][owner]["properties"]["language"]["pattern"];
        assert_eq!(language, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$");
        *language = serde_json::json!("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
    }
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

/// The SARIF 2.1.0 schema's complaints about a log, empty when it is valid.
pub fn sarif_errors(log: &serde_json::Value) -> Vec<String> {
    sarif_validator()
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The JSON of a TOML value, as an editor hands a TOML file to a JSON Schema.
pub fn toml_to_json(value: &toml_span::Value<'_>) -> serde_json::Value {
    use toml_span::value::ValueInner;
    match value.as_ref() {
        ValueInner::String(s) => serde_json::json!(s),
        ValueInner::Integer(i) => serde_json::json!(i),
        ValueInner::Float(f) => serde_json::json!(f),
        ValueInner::Boolean(b) => serde_json::json!(b),
        ValueInner::Array(items) => {
            serde_json::Value::Array(items.iter().map(toml_to_json).collect())
        }
        ValueInner::Table(table) => serde_json::Value::Object(
            table
                .iter()
                .map(|(k, v)| (k.name.to_string(), toml_to_json(v)))
                .collect(),
        ),
    }
}

/// Runs `toets` with `args` in the folder `dir`.
pub fn toets_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("toets runs")
}

/// A repository of drafts in `repo` as docs/pipelines.md lays it out: each reference model
/// `(from, name)` copied to `drafts/<name>.toml`, and the texts they cite to `drafts/texts/`.
pub fn drafts_repository(repo: &std::path::Path, drafts: &[(&str, &str)]) {
    std::fs::create_dir_all(repo.join("drafts/texts")).unwrap();
    for (from, name) in drafts {
        std::fs::copy(from, repo.join(format!("drafts/{name}.toml"))).unwrap();
    }
    for text in std::fs::read_dir("models/texts").unwrap() {
        let text = text.unwrap().path();
        std::fs::copy(
            &text,
            repo.join("drafts/texts").join(text.file_name().unwrap()),
        )
        .unwrap();
    }
}
