//! The rule `chain-approaches`.

use super::{Family, Input, clause, consent_verb, list, refuse_verb, rule};
use crate::encode::{Formula, Obligation};
use crate::lang::say;
use crate::model::{About, DecisionKind, Model};
use crate::verdict::{Counterexample, Detail, Finding};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// The chain approaches (ketenaanpakken) are prioritised jointly and bindingly: for each
    /// agreement, the model has a decision of kind `prioritise-chain-approaches` over the
    /// agreement or its process, it says `binding = true`, and it cannot be taken without the
    /// consent of each commissioner.
    ///
    /// ## Legal basis
    /// Seed 004, "Uitwerking gelijkwaardigheid", NB: "Voor de ketenaanpakken willen we
    /// verkennen of en welke nadere afspraken we kunnen maken over de invulling van het deel
    /// van de aanpak waar gemeenten verantwoordelijk voor zijn evenals afspraken over
    /// niet-vrijblijvende gezamenlijke prioritering." (For the chain approaches we want to
    /// explore which further agreements we can make on the part municipalities are
    /// responsible for, and agreements on non-optional joint prioritisation.) Joint means no
    /// commissioner can be left out; non-optional means binding. Seed 004 wants to explore
    /// such agreements; that they bind the commissioners together is a reading of the text.
    ///
    /// ## Formal statement
    /// For every agreement `a`, with the Boolean facts `binding.<d>` (decision `d` of kind
    /// `prioritise-chain-approaches` over `a` says `binding = true`) and `exists` (`a` has such
    /// a decision): `¬exists ∨ ⋀_d ¬binding.<d>` is unsatisfiable; and for every such decision
    /// `d` and every commissioner `c`, `pass(d) ∧ ¬consents(c)` is unsatisfiable, `pass(d)`
    /// being the conjunction of the rules of `d`'s steps over one Boolean consent per party.
    /// *Unsat* means the chain approaches are prioritised by a binding decision that no
    /// coalition without `c` can take.
    ///
    /// ## Counterexample
    /// The missing decision, or the decision that is not binding; or a vote: who consents, who
    /// refuses, and the clause that lets the prioritisation pass without the commissioner.
    pub static CHAIN_APPROACHES = {
        id: "chain-approaches",
        family: Family::Mandate,
        title: "the chain approaches are prioritised jointly and bindingly",
        title_nl: "de ketenaanpakken worden niet-vrijblijvend en gezamenlijk geprioriteerd",
        explanation_nl: r#"
## Wat de regel toetst
De ketenaanpakken worden gezamenlijk en niet-vrijblijvend geprioriteerd: voor elk akkoord heeft
het model een besluit van de soort `prioritise-chain-approaches` over het akkoord of het
proces, dat besluit zegt `binding = true`, en het kan niet worden genomen zonder de instemming
van elke opdrachtgever.

## Juridische grondslag
Seed 004, "Uitwerking gelijkwaardigheid", NB: "Voor de ketenaanpakken willen we verkennen of en
welke nadere afspraken we kunnen maken over de invulling van het deel van de aanpak waar
gemeenten verantwoordelijk voor zijn evenals afspraken over niet-vrijblijvende gezamenlijke
prioritering." Gezamenlijk betekent dat geen opdrachtgever buitenspel kan worden gezet;
niet-vrijblijvend betekent bindend. Seed 004 wil deze afspraken verkennen; dat zij de
opdrachtgevers samen binden, is een lezing van de tekst.

## Formele uitspraak
Voor elk akkoord `a`, met de Booleaanse feiten `binding.<d>` (besluit `d` van de soort
`prioritise-chain-approaches` over `a` zegt `binding = true`) en `exists` (`a` heeft zo'n
besluit): `¬exists ∨ ⋀_d ¬binding.<d>` is onvervulbaar; en voor elk zulk besluit `d` en elke
opdrachtgever `c` is `pass(d) ∧ ¬consents(c)` onvervulbaar, waarbij `pass(d)` de conjunctie is
van de regels van de stappen van `d` over één Booleaanse instemming per partij. *Unsat*
betekent: de ketenaanpakken worden geprioriteerd met een bindend besluit dat geen coalitie
zonder `c` kan nemen.

## Tegenvoorbeeld
Het ontbrekende besluit, of het besluit dat niet bindend is; of een stemming: wie instemt, wie
weigert, en de bepaling die de prioritering zonder de opdrachtgever laat passeren.
"#,
        example_holds: "chain-approaches/holds.toml",
        example_violated: "chain-approaches/two-of-three.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// The decisions that prioritise the chain approaches of agreement `a`, by index.
fn prioritisations(model: &Model, a: usize) -> Vec<usize> {
    (0..model.decisions.len())
        .filter(|&d| {
            let decision = &model.decisions[d];
            decision.kind == DecisionKind::PrioritiseChainApproaches
                && matches!(decision.about, About::Agreement(x) | About::Process(x) if x == a)
        })
        .collect()
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let lang = input.lang;
    let mut obligations = Vec::new();
    for (a, agreement) in model.agreements.iter().enumerate() {
        let decisions = prioritisations(model, a);
        let mut ob = Obligation::new(
            CHAIN_APPROACHES.id,
            Some(&agreement.id),
            say!(
                lang,
                "a binding prioritisation",
                "een niet-vrijblijvende prioritering"
            ),
            format!(
                "a binding decision prioritises the chain approaches of `{}`",
                agreement.id
            ),
        );
        ob.focus.agreement = Some(a);
        let cited = |d: usize| {
            let decision = &model.decisions[d];
            let id = &decision.id;
            clause(
                model,
                say!(
                    lang,
                    "decision `{id}` prioritises the chain approaches",
                    "besluit `{id}` prioriteert de ketenaanpakken"
                ),
                &decision.cited,
            )
        };
        let exists = ob.fact(
            "exists",
            !decisions.is_empty(),
            format!(
                "a decision prioritises the chain approaches of `{}`: {}",
                agreement.id,
                !decisions.is_empty()
            ),
            decisions.iter().map(|&d| cited(d)).collect(),
        );
        let mut unbound = Vec::new();
        for &d in &decisions {
            let decision = &model.decisions[d];
            let binding = ob.fact(
                &format!("binding.{}", decision.id),
                decision.binding,
                format!("`{}` is binding: {}", decision.id, decision.binding),
                if decision.binding {
                    vec![cited(d)]
                } else {
                    Vec::new()
                },
            );
            unbound.push(binding.not());
        }
        ob.assert(
            "no decision prioritises the chain approaches, or none binds",
            Formula::Or(vec![exists.not(), Formula::And(unbound)]),
        );
        obligations.push(ob);

        for &d in &decisions {
            for &c in &model.commissioners {
                let mut ob =
                    super::no_decision_without::taken_without(input, CHAIN_APPROACHES.id, d, c);
                ob.focus.agreement = Some(a);
                obligations.push(ob);
            }
        }
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    match ob.focus.decision {
        Some(d) => vote_counterexample(input, ob, values, d),
        None => fact_counterexample(input, ob, values),
    }
}

fn fact_counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let lang = input.lang;
    let a = ob.focus.agreement.unwrap_or_default();
    let agreement = &model.agreements[a];
    let akkoord = &agreement.id;
    let mut findings = Vec::new();
    let mut clauses = vec![clause(
        model,
        say!(lang, "agreement `{akkoord}`", "akkoord `{akkoord}`"),
        &agreement.cited,
    )];
    if !ob.value(values, "exists") {
        findings.push(Finding {
            problem: "no-prioritisation",
            about: akkoord.clone(),
            text: say!(
                lang,
                "no decision of kind `prioritise-chain-approaches` prioritises the chain approaches of `{akkoord}`",
                "geen besluit van de soort `prioritise-chain-approaches` prioriteert de ketenaanpakken van `{akkoord}`"
            ),
        });
    } else {
        for d in prioritisations(model, a) {
            let decision = &model.decisions[d];
            let id = &decision.id;
            if !ob.value(values, &format!("binding.{id}")) {
                findings.push(Finding {
                    problem: "not-binding",
                    about: id.clone(),
                    text: say!(
                        lang,
                        "the decision `{id}` that prioritises the chain approaches of `{akkoord}` is not binding (no `binding = true`)",
                        "het besluit `{id}` dat de ketenaanpakken van `{akkoord}` prioriteert, is vrijblijvend (geen `binding = true`)"
                    ),
                });
                clauses.push(clause(
                    model,
                    say!(lang, "decision `{id}`", "besluit `{id}`"),
                    &decision.cited,
                ));
            }
        }
    }
    super::facts_counterexample(findings, clauses)
}

fn vote_counterexample(
    input: &Input<'_>,
    ob: &Obligation,
    values: &[bool],
    d: usize,
) -> Counterexample {
    let mut counterexample = super::no_decision_without::counterexample(input, ob, values);
    if let Detail::Vote {
        consents,
        refuses,
        left_out,
        ..
    } = &counterexample.detail
    {
        let lang = input.lang;
        let id = &input.model.decisions[d].id;
        let (consent, refuse) = (
            consent_verb(consents.len(), lang),
            refuse_verb(refuses.len(), lang),
        );
        let (consents, refuses) = (list(consents, lang), list(refuses, lang));
        counterexample.summary = say!(
            lang,
            "The chain approaches are prioritised by `{id}` without `{left_out}`: {consents} {consent}, {refuses} {refuse}, and the decision still passes.",
            "De ketenaanpakken worden met `{id}` geprioriteerd zonder `{left_out}`: {consents} {consent}, {refuses} {refuse}, en het besluit passeert toch.",
        );
    }
    counterexample
}
