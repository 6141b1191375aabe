//! Random structured models: parties on both sides, regions with their roles, plans paid from
//! different streams, review decisions in steps, decisions over the agreement. For each:
//! checking never panics, two checks give the same bytes, and the verdicts of
//! `no-decision-without`, `joint-review` and `money-no-exemption` equal what enumerating every
//! coalition with the plain evaluator gives.

mod common;

use proptest::prelude::*;
use toets::check::{self, Options};
use toets::lang::Lang;
use toets::language::source::SourceFile;
use toets::logic::vote::{self, Votes};
use toets::model::{Model, Side, Stream};
use toets::verdict::Status;

const STREAMS: [&str; 3] = ["zvw", "state-budget", "municipal-fund"];

/// A voter list: region roles and party ids.
fn voters() -> impl Strategy<Value = Vec<String>> {
    let pool: Vec<String> = [
        "region:market-leaders",
        "region:insurers",
        "region:municipalities",
        "region:mandate-municipality",
        "vws",
        "zn",
        "vng",
        "insurer-0",
        "municipality-0",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    proptest::sample::subsequence(pool, 1..=3)
}

fn quoted(list: &[String]) -> String {
    list.iter()
        .map(|v| format!("\"{v}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn rule() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        voters().prop_map(|v| format!("{{ all_of = [{}] }}", quoted(&v))),
        (voters(), 1u32..=2)
            .prop_map(|(v, k)| format!("{{ at_least = {k}, of = [{}] }}", quoted(&v))),
    ];
    leaf.prop_recursive(1, 4, 2, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 1..=2)
                .prop_map(|rs| format!("{{ all_rules = [{}] }}", rs.join(", "))),
            proptest::collection::vec(inner, 1..=2)
                .prop_map(|rs| format!("{{ any_rule = [{}] }}", rs.join(", "))),
        ]
    })
}

fn agreement_rule() -> impl Strategy<Value = String> {
    let pool: Vec<String> = ["vws", "zn", "vng", "insurer-0", "municipality-1"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    prop_oneof![
        proptest::sample::subsequence(pool.clone(), 1..=5)
            .prop_map(|v| format!("{{ all_of = [{}] }}", quoted(&v))),
        (proptest::sample::subsequence(pool, 2..=5), 1u32..=2)
            .prop_map(|(v, k)| format!("{{ at_least = {k}, of = [{}] }}", quoted(&v))),
    ]
}

#[derive(Debug, Clone)]
struct Shape {
    regions: Vec<(usize, usize, bool)>,
    plans: Vec<(usize, usize)>,
    reviews: Vec<(Option<Vec<usize>>, Vec<String>)>,
    agreement_rules: Vec<String>,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        proptest::collection::vec((1usize..=2, 1usize..=2, any::<bool>()), 1..=2),
        proptest::collection::vec((0usize..2, 0usize..3), 1..=3),
        proptest::collection::vec(
            (
                proptest::option::of(proptest::sample::subsequence(vec![0usize, 1, 2], 1..=2)),
                proptest::collection::vec(rule(), 1..=2),
            ),
            1..=2,
        ),
        proptest::collection::vec(agreement_rule(), 0..=2),
    )
        .prop_map(|(regions, plans, reviews, agreement_rules)| Shape {
            regions,
            plans,
            reviews,
            agreement_rules,
        })
}

fn text(shape: &Shape) -> String {
    let mut t = String::from(
        "[model]\ntitle = \"random\"\nsource = \"proptest\"\ncommissioners = [\"vws\", \"zn\", \"vng\"]\n",
    );
    let parties = [
        ("vws", "ministry"),
        ("zn", "insurers-association"),
        ("vng", "municipalities-association"),
        ("insurer-0", "insurer"),
        ("insurer-1", "insurer"),
        ("municipality-0", "municipality"),
        ("municipality-1", "municipality"),
    ];
    for (id, kind) in parties {
        t.push_str(&format!(
            "[[party]]\nid = \"{id}\"\nkind = \"{kind}\"\nsource = \"p\"\n"
        ));
    }
    t.push_str("[[agreement]]\nid = \"a\"\nsource = \"p\"\n");
    for c in ["vws", "zn", "vng"] {
        t.push_str(&format!(
            "[[agreement.commissioner]]\nparty = \"{c}\"\nrole = \"r\"\nsource = \"p\"\n"
        ));
    }
    for (r, (leaders, municipalities, mandate)) in shape.regions.iter().enumerate() {
        let leaders: Vec<String> = (0..*leaders).map(|i| format!("insurer-{i}")).collect();
        let muns: Vec<String> = (0..*municipalities)
            .map(|i| format!("municipality-{i}"))
            .collect();
        t.push_str(&format!(
            "[[region]]\nid = \"region-{r}\"\nmarket_leaders = [{}]\ninsurers = [\"insurer-0\", \"insurer-1\"]\nmunicipalities = [{}]\n{}source = \"p\"\n",
            quoted(&leaders),
            quoted(&muns),
            if *mandate { "mandate_municipality = \"municipality-0\"\n" } else { "" }
        ));
    }
    for (p, (region, stream)) in shape.plans.iter().enumerate() {
        let region = region % shape.regions.len();
        t.push_str(&format!(
            "[[plan]]\nid = \"plan-{p}\"\nregion = \"region-{region}\"\nfunded_by = \"{}\"\nsource = \"p\"\n",
            STREAMS[*stream]
        ));
    }
    for (d, (streams, steps)) in shape.reviews.iter().enumerate() {
        t.push_str(&format!(
            "[[decision]]\nid = \"review-{d}\"\nabout = \"plan\"\nkind = \"review-plan\"\n"
        ));
        if let Some(streams) = streams {
            let names: Vec<String> = streams.iter().map(|&s| STREAMS[s].to_string()).collect();
            t.push_str(&format!("funded_by = [{}]\n", quoted(&names)));
        }
        t.push_str("source = \"p\"\n");
        for (s, rule) in steps.iter().enumerate() {
            t.push_str(&format!(
                "[[decision.step]]\nname = \"step-{s}\"\nrule = {rule}\nsource = \"p\"\n"
            ));
        }
    }
    for (d, rule) in shape.agreement_rules.iter().enumerate() {
        t.push_str(&format!(
            "[[decision]]\nid = \"decide-{d}\"\nabout = \"agreement\"\nkind = \"amend\"\nrule = {rule}\nsource = \"p\"\n"
        ));
    }
    t
}

/// Every coalition of the model's parties.
fn coalitions(model: &Model) -> Vec<Votes> {
    let n = model.parties.len();
    (0..1u32 << n)
        .map(|bits| {
            let consents = (0..n).filter(|p| bits & (1 << p) != 0).collect();
            Votes {
                consents,
                present: (0..n).collect(),
            }
        })
        .collect()
}

/// Whether some review step of `decisions` passes, in `region`, with no consent from `side`.
fn passes_without_side(
    model: &Model,
    all: &[Votes],
    stream: Stream,
    region: usize,
    side: Side,
) -> bool {
    let region = Some(&model.regions[region]);
    all.iter()
        .filter(|v| v.consents.iter().all(|&p| model.parties[p].side != side))
        .any(|v| {
            model
                .decisions
                .iter()
                .filter(|d| d.reviews_stream(stream))
                .flat_map(|d| &d.steps)
                .any(|s| vote::passes(model, &s.rule, region, v))
        })
}

fn brute_force(model: &Model, rule: &str, subject: &str) -> Status {
    let all = coalitions(model);
    let sides = [Side::Insurer, Side::Municipal];
    let violated = match rule {
        "joint-review" => {
            let plan = model.plans.iter().find(|p| p.id == subject).unwrap();
            let region = plan.region.unwrap();
            sides
                .iter()
                .any(|&side| passes_without_side(model, &all, plan.funded_by, region, side))
        }
        "money-no-exemption" => {
            let region = model.regions.iter().position(|r| r.id == subject).unwrap();
            Stream::ALL.iter().any(|&stream| {
                sides
                    .iter()
                    .any(|&side| passes_without_side(model, &all, stream, region, side))
            })
        }
        "no-decision-without" => {
            let decision = model.decisions.iter().find(|d| d.id == subject).unwrap();
            model.commissioners.iter().any(|&c| {
                all.iter().any(|v| {
                    !v.consents(c)
                        && decision
                            .steps
                            .iter()
                            .all(|s| vote::passes(model, &s.rule, None, v))
                })
            })
        }
        _ => unreachable!(),
    };
    if violated {
        Status::Violated
    } else {
        Status::Holds
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_models_agree_with_enumeration(shape in shape()) {
        let text = text(&shape);
        let model = match check::load_source(SourceFile::new("random.toml", text.as_str())) {
            Ok(model) => model,
            // An invalid model (an empty role, a plan no decision reviews) is rejected with
            // diagnostics that render, in both languages line for line; that is all that is
            // asked of it.
            Err(rejected) => {
                let (english, dutch) = (rejected.render(), rejected.render_in(Lang::Nl));
                prop_assert!(!english.is_empty());
                prop_assert_eq!(english.lines().count(), dutch.lines().count());
                return Ok(());
            }
        };
        let first = check::check_model(&model, &Options::default());
        let second = check::check_model(&model, &Options::default());
        prop_assert_eq!(toets::report::json(std::slice::from_ref(&first)), toets::report::json(std::slice::from_ref(&second)));
        for verdict in &first.verdicts {
            common::replay(&model, verdict);
            if ["joint-review", "money-no-exemption", "no-decision-without"].contains(&verdict.rule) {
                let subject = verdict.subject.as_deref().unwrap();
                prop_assert_eq!(
                    verdict.status,
                    brute_force(&model, verdict.rule, subject),
                    "{} on {}\n{}", verdict.rule, subject, text
                );
            }
        }
    }
}
