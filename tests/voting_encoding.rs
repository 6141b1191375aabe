//! The symbolic encoding of voting rules against brute force.
//!
//! Random rules over up to 10 voters (unanimity, "any N of", weighted thresholds, quorum with
//! a majority of those present, vetoes, and combinations) are checked two ways: by the solver,
//! through the `no-decision-without` obligations, and by enumerating every coalition (and,
//! where a quorum makes it matter, every choice of who is present) with the plain evaluator.
//! The verdicts must agree, every model the solver returns must replay, and its coalition must
//! be a smallest one.

use proptest::prelude::*;
use toets::check;
use toets::language::source::SourceFile;
use toets::logic::encode;
use toets::logic::solve::{self, Limits, Outcome};
use toets::logic::vote::{self, Votes};
use toets::model::Model;

/// A rule as TOML text, over parties `p0 .. p{n-1}`; body `b` holds them all with weights.
fn rule_strategy(n: usize, total_weight: u64) -> impl Strategy<Value = String> {
    let subset = proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=n)
        .prop_map(|s| s.iter().map(|i| format!("\"p{i}\"")).collect::<Vec<_>>());
    let leaf = prop_oneof![
        subset
            .clone()
            .prop_map(|s| format!("{{ all_of = [{}] }}", s.join(", "))),
        (subset.clone(), any::<proptest::sample::Index>()).prop_map(|(s, k)| format!(
            "{{ at_least = {}, of = [{}] }}",
            k.index(s.len()) + 1,
            s.join(", ")
        )),
        (1..=total_weight).prop_map(|t| format!("{{ weighted = \"b\", threshold = {t} }}")),
        (0..=total_weight).prop_map(|q| format!("{{ majority_of_present = \"b\", quorum = {q} }}")),
    ];
    leaf.prop_recursive(2, 8, 3, move |inner| {
        let subset = proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 1..=n.min(3))
            .prop_map(|s| s.iter().map(|i| format!("\"p{i}\"")).collect::<Vec<_>>());
        prop_oneof![
            (subset, inner.clone())
                .prop_map(|(s, r)| format!("{{ veto = [{}], rule = {r} }}", s.join(", "))),
            proptest::collection::vec(inner.clone(), 1..=3)
                .prop_map(|rs| format!("{{ all_rules = [{}] }}", rs.join(", "))),
            proptest::collection::vec(inner, 1..=3)
                .prop_map(|rs| format!("{{ any_rule = [{}] }}", rs.join(", "))),
        ]
    })
}

fn model_strategy() -> impl Strategy<Value = String> {
    (3usize..=10)
        .prop_flat_map(|n| (Just(n), proptest::collection::vec(0u32..=4, n)))
        .prop_flat_map(|(n, weights)| {
            let total: u64 = weights.iter().map(|&w| u64::from(w)).sum::<u64>().max(1);
            (Just(n), Just(weights), rule_strategy(n, total))
        })
        .prop_map(|(n, mut weights, rule)| {
            if weights.iter().all(|&w| w == 0) {
                weights[0] = 1;
            }
            let mut text = String::from(
                "[model]\ntitle = \"random\"\nsource = \"proptest\"\ncommissioners = [\"p0\", \"p1\", \"p2\"]\n",
            );
            for i in 0..n {
                text.push_str(&format!(
                    "[[party]]\nid = \"p{i}\"\nkind = \"other\"\nsource = \"proptest\"\n"
                ));
            }
            let members: Vec<String> = weights
                .iter()
                .enumerate()
                .map(|(i, w)| format!("{{ party = \"p{i}\", votes = {w} }}"))
                .collect();
            text.push_str(&format!(
                "[[body]]\nid = \"b\"\nkind = \"board\"\nmembers = [{}]\nsource = \"proptest\"\n",
                members.join(", ")
            ));
            text.push_str("[[agreement]]\nid = \"a\"\nsource = \"proptest\"\n");
            text.push_str(&format!(
                "[[decision]]\nid = \"d\"\nabout = \"agreement\"\nkind = \"amend\"\nrule = {rule}\nsource = \"proptest\"\n"
            ));
            text
        })
}

/// Every way the parties can vote: each consents, refuses while present, or (where presence
/// matters) stays away.
fn all_votes(n: usize, presence: bool) -> Vec<Votes> {
    let states: usize = if presence { 3 } else { 2 };
    let mut out = Vec::new();
    for code in 0..states.pow(n as u32) {
        let mut votes = Votes::default();
        let mut rest = code;
        for p in 0..n {
            match rest % states {
                0 => {
                    votes.consents.insert(p);
                    votes.present.insert(p);
                }
                1 => {
                    votes.present.insert(p);
                }
                _ => {}
            }
            rest /= states;
        }
        out.push(votes);
    }
    out
}

fn load(text: &str) -> Model {
    match check::load_source(SourceFile::new("random.toml", text)) {
        Ok(model) => model,
        Err(rejected) => panic!("{text}\n{}", rejected.render()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn solver_agrees_with_enumeration(text in model_strategy()) {
        let model = load(&text);
        let rule = &model.decisions[0].steps[0].rule;
        let votes = all_votes(model.parties.len(), vote::uses_presence(rule));
        let obligations: Vec<_> = check::obligations(&model)
            .into_iter()
            .filter(|o| o.rule == "no-decision-without")
            .collect();
        prop_assert_eq!(obligations.len(), 3);
        for obligation in &obligations {
            let left_out = obligation.focus.party.unwrap();
            let brute_force = votes
                .iter()
                .any(|v| !v.consents(left_out) && vote::passes(&model, rule, None, v));
            match solve::solve(obligation, Limits::default()) {
                Outcome::Sat(values, _) => {
                    prop_assert!(brute_force, "solver found a way around p{left_out} that enumeration did not\n{text}");
                    let replayed = encode::votes_of(&model, obligation, &values);
                    prop_assert!(!replayed.consents(left_out));
                    prop_assert!(vote::passes(&model, rule, None, &replayed), "counterexample does not replay\n{text}");
                    // And it is a smallest coalition that carries the decision without the party.
                    let smallest = votes
                        .iter()
                        .filter(|v| !v.consents(left_out) && vote::passes(&model, rule, None, v))
                        .map(|v| v.consents.len())
                        .min()
                        .unwrap();
                    prop_assert_eq!(replayed.consents.len(), smallest, "not the smallest coalition\n{}", text);
                }
                Outcome::Unsat(_) => prop_assert!(!brute_force, "enumeration found a way around p{left_out} that the solver missed\n{text}"),
                Outcome::Unknown(reason) => prop_assert!(false, "unknown: {reason}"),
            }
        }
    }

    #[test]
    fn formula_means_what_the_plain_evaluator_says(text in model_strategy(), pick in any::<u64>()) {
        let model = load(&text);
        let rule = &model.decisions[0].steps[0].rule;
        let mut vars = toets::logic::formula::Vars::default();
        let formula = encode::rule_formula(&model, rule, None, &mut vars);
        let votes = all_votes(model.parties.len(), true);
        // A sample of votes, spread over the whole space.
        for v in votes.iter().skip((pick % 97) as usize).step_by(97) {
            let values: Vec<bool> = vars
                .names()
                .iter()
                .map(|name| {
                    let (kind, id) = name.split_once('.').unwrap();
                    let p = model.party_id(id).unwrap();
                    if kind == "consents" { v.consents(p) } else { v.is_present(p) }
                })
                .collect();
            prop_assert_eq!(formula.eval(&values), vote::passes(&model, rule, None, v));
        }
    }
}
