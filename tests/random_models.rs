//! Random structured models, valid or not: parties on both sides, regions with their roles,
//! plans paid from different streams, review decisions in steps, decisions over the agreement.
//! For each: checking never panics, two checks give the same bytes, every counterexample
//! replays through the plain evaluator, and a rejected model's diagnostics render in both
//! languages line for line. Whether the verdicts are right is the independent oracle's
//! question (tests/oracle.rs), which compares them with a brute force of its own.

mod common;

use proptest::prelude::*;
use toets::check::{self, Options};
use toets::lang::Lang;
use toets::language::source::SourceFile;

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_models_check_deterministically_and_replay(shape in shape()) {
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
        }
    }
}
