//! The rule `no-subordination`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::say;
use crate::logic::formula::{Formula, Obligation};
use crate::model::Element;
use crate::model::graph::SubordinationStep;
use crate::verdict::{Counterexample, Detail, PathStep};
use std::collections::HashSet;
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// No chain of `instructs`, `accountable-to` or `approves-budget-of` relations leads from
    /// one commissioner to another: no commissioner is, directly or through bodies in between,
    /// under another.
    ///
    /// ## Legal basis
    /// A news report of the trade press, "VNG stapt uit het Integraal Zorgakkoord" (November 2024),
    /// quotes VNG: "gemeenten [zijn] geen uitvoeringsloket van het Rijk [...], maar [willen] als
    /// lokale overheden samen met de zorgverzekeraars [...] sturen" (municipalities are not the
    /// state's service counter, but local governments that steer together with the insurers); VNG's
    /// annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting of
    /// 29 November 2024), calls state and municipalities "medeoverheden" (co-governments). Equal
    /// commissioners are not subordinate to one another.
    ///
    /// ## Formal statement
    /// Reading each relation from superior to subordinate (`A instructs B`, `A
    /// approves-budget-of B`: B under A; `A accountable-to B`: A under B), for every ordered
    /// pair of commissioners `c₁`, `c₂`: with `E` the elements that `c₁` reaches by such
    /// relations, `K` the length of a shortest chain from `c₁` to `c₂` (found by breadth-first
    /// search; a longer chain exists only if a shortest one does), and Booleans `at.<k>.<e>` (the chain is at `e` after `k`
    /// steps), the formula `at.0.c₁ ∧ ⋀_{e ≠ c₁} ¬at.0.e ∧ ⋀_{k, e} (at.k.e ⇒ ⋁_{d → e}
    /// at.(k−1).d) ∧ ⋁_{1 ≤ k ≤ K} at.k.c₂` is unsatisfiable. *Unsat* means no chain leads from
    /// `c₁` down to `c₂`.
    ///
    /// ## Counterexample
    /// The chain: each relation in it, with the clause it comes from.
    pub static NO_SUBORDINATION = {
        id: "no-subordination",
        family: Family::EqualCommissioning,
        title: "no chain of instruction, accountability or budget approval puts one commissioner under another",
        title_nl: "geen keten van instructie, verantwoording of begrotingsgoedkeuring plaatst een opdrachtgever onder een andere",
        explanation_nl: r#"
## Wat de regel toetst
Geen keten van relaties `instructs`, `accountable-to` of `approves-budget-of` leidt van de ene
opdrachtgever naar de andere: geen opdrachtgever staat, direct of via organen daartussen,
onder een andere.

## Juridische grondslag
Een nieuwsbericht in de vakpers, "VNG stapt uit het Integraal Zorgakkoord" (november 2024),
citeert de VNG: "gemeenten [zijn] geen uitvoeringsloket van het Rijk [...], maar [willen] als
lokale overheden samen met de zorgverzekeraars [...] sturen"; VNG, Bijlage 1 bij resolutie IZA,
"Uitwerking gelijkwaardigheid" (ALV 29 november 2024), noemt Rijk en gemeenten "medeoverheden".
Gelijkwaardige opdrachtgevers zijn niet aan elkaar ondergeschikt.

## Formele uitspraak
Elke relatie gelezen van hoger naar lager (`A instructs B`, `A approves-budget-of B`: B onder
A; `A accountable-to B`: A onder B), voor elk geordend paar opdrachtgevers `c₁`, `c₂`: met `E`
de elementen die `c₁` via zulke relaties bereikt, `K` de lengte van een kortste keten van `c₁`
naar `c₂` (breedte-eerst gezocht; een langere keten bestaat alleen als een kortste bestaat) en
Booleans `at.<k>.<e>` (de keten is na `k` stappen bij `e`), is de formule `at.0.c₁ ∧ ⋀_{e ≠
c₁} ¬at.0.e ∧ ⋀_{k, e} (at.k.e ⇒ ⋁_{d → e} at.(k−1).d) ∧ ⋁_{1 ≤ k ≤ K} at.k.c₂`
onvervulbaar. *Unsat* betekent: geen keten leidt van `c₁` omlaag naar `c₂`.

## Tegenvoorbeeld
De keten: elke relatie erin, met de bepaling waar die vandaan komt.
"#,
        example_holds: "no-subordination/holds.toml",
        example_violated: "no-subordination/chain.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

fn element_name(input: &Input<'_>, element: Element) -> String {
    input.model.element_id(element).to_string()
}

/// The elements that `top` reaches through subordination steps, `top` first, in
/// breadth-first order. Only they can lie on a chain down from `top`, and a shortest chain is
/// no longer than their number.
fn reachable(steps: &[SubordinationStep], top: Element) -> Vec<Element> {
    let mut seen = vec![top];
    let mut next = 0;
    while next < seen.len() {
        let at = seen[next];
        for step in steps.iter().filter(|s| s.superior == at) {
            if !seen.contains(&step.subordinate) {
                seen.push(step.subordinate);
            }
        }
        next += 1;
    }
    seen
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let steps = input.graph.subordination_steps(model);
    let mut obligations = Vec::new();
    for &top in &model.commissioners {
        let nodes = reachable(&steps, Element::Party(top));
        let below: HashSet<Element> = nodes.iter().copied().collect();
        for &bottom in &model.commissioners {
            if top == bottom {
                continue;
            }
            let (top_id, bottom_id) = (&model.parties[top].id, &model.parties[bottom].id);
            let mut ob = Obligation::new(
                NO_SUBORDINATION.id,
                None,
                format!("`{bottom_id}` under `{top_id}`"),
                format!("no chain of relations puts `{bottom_id}` under `{top_id}`"),
            );
            ob.focus.party = Some(top);
            ob.focus.other = Some(bottom);
            let (top_e, bottom_e) = (Element::Party(top), Element::Party(bottom));
            // A chain exists if a shortest one does; breadth-first search gives its length, the
            // bound of the unrolling.
            let depth = input
                .graph
                .shortest_subordination(model, top_e, bottom_e)
                .map_or(0, |chain| chain.len());
            if !below.contains(&bottom_e) {
                ob.assert(
                    format!("no relation leads down from `{top_id}` to `{bottom_id}`"),
                    Formula::Const(false),
                );
                obligations.push(ob);
                continue;
            }
            let at = |ob: &mut Obligation, k: usize, e: Element| {
                ob.vars.var(&format!("at.{k}.{}", element_name(input, e)))
            };
            for &e in &nodes {
                let start = at(&mut ob, 0, e);
                ob.assert(
                    format!("the chain starts at `{top_id}`"),
                    if e == top_e { start } else { start.not() },
                );
            }
            for k in 1..=depth {
                for &e in &nodes {
                    let here = at(&mut ob, k, e);
                    let from: Vec<Formula> = steps
                        .iter()
                        .filter(|s| s.subordinate == e && below.contains(&s.superior))
                        .map(|s| at(&mut ob, k - 1, s.superior))
                        .collect();
                    ob.assert(
                        format!(
                            "step {k} reaches `{}` only from one above it",
                            element_name(input, e)
                        ),
                        here.implies(Formula::Or(from)),
                    );
                }
            }
            let reached: Vec<Formula> = (1..=depth).map(|k| at(&mut ob, k, bottom_e)).collect();
            ob.assert(
                format!("the chain reaches `{bottom_id}`"),
                Formula::Or(reached),
            );
            // The fewest positions taken after the start: the shortest chain.
            ob.minimize = (0..ob.vars.len())
                .filter(|&i| !ob.vars.names()[i].starts_with("at.0."))
                .collect();
            obligations.push(ob);
        }
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let top = ob.focus.party.unwrap_or_default();
    let bottom = ob.focus.other.unwrap_or_default();
    let steps = input.graph.subordination_steps(model);
    let depth = input
        .graph
        .shortest_subordination(model, Element::Party(top), Element::Party(bottom))
        .map_or(0, |chain| chain.len());
    let is_at =
        |k: usize, e: Element| ob.value(values, &format!("at.{k}.{}", element_name(input, e)));
    // Walk back from the first step at which the chain reaches the bottom commissioner.
    let mut chain = Vec::new();
    if let Some(mut k) = (1..=depth).find(|&k| is_at(k, Element::Party(bottom))) {
        let mut here = Element::Party(bottom);
        while k > 0 {
            let Some(step) = steps
                .iter()
                .find(|s| s.subordinate == here && is_at(k - 1, s.superior))
            else {
                break;
            };
            chain.push(*step);
            here = step.superior;
            k -= 1;
        }
        chain.reverse();
    }
    let path: Vec<PathStep> = chain
        .iter()
        .map(|s| {
            let relation = &model.relations[s.relation];
            PathStep {
                from: model.element_id(relation.from).to_string(),
                relation: relation.kind.to_string(),
                to: model.element_id(relation.to).to_string(),
            }
        })
        .collect();
    let words: Vec<String> = path
        .iter()
        .map(|p| format!("`{}` {} `{}`", p.from, p.relation, p.to))
        .collect();
    Counterexample {
        summary: {
            let (lower, upper, chain) = (
                &model.parties[bottom].id,
                &model.parties[top].id,
                words.join(", "),
            );
            say!(
                input.lang,
                "`{lower}` is under `{upper}`: {chain}.",
                "`{lower}` staat onder `{upper}`: {chain}."
            )
        },
        detail: Detail::Path {
            from: model.parties[top].id.clone(),
            to: model.parties[bottom].id.clone(),
            path,
        },
        clauses: chain
            .iter()
            .map(|s| {
                let relation = &model.relations[s.relation];
                clause(
                    model,
                    format!(
                        "`{}` {} `{}`",
                        model.element_id(relation.from),
                        relation.kind,
                        model.element_id(relation.to)
                    ),
                    &relation.cited,
                )
            })
            .collect(),
    }
}
