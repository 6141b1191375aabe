//! The rule `chain-approaches`.

use super::rule::{Family, Input, rule};
use super::words::{clause, consent_verb, list, refuse_verb};
use crate::lang::say;
use crate::logic::formula::{Formula, Obligation};
use crate::model::{About, DecisionKind, Model};
use crate::verdict::{Counterexample, Detail, Finding};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// The chain approaches (ketenaanpakken) are prioritised jointly and bindingly: for each
    /// agreement, the model has a decision of kind `prioritise-chain-approaches` over the
    /// agreement or its process, it says `binding = true`, and it cannot be taken without
    /// consent from the insurer side and without consent from the municipal side.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024), under "NB": "Voor de ketenaanpakken willen we verkennen of en welke
    /// nadere afspraken we kunnen maken over de invulling van het deel van de aanpak waar gemeenten
    /// verantwoordelijk voor zijn evenals afspraken over niet-vrijblijvende gezamenlijke
    /// prioritering." (For the chain approaches we want to explore which further agreements we can
    /// make on the part municipalities are responsible for, and agreements on non-optional joint
    /// prioritisation.) The sentence before it names whom "joint" joins: "Zorgverzekeraars en
    /// gemeenten hebben beide een zorgplicht" (insurers and municipalities both have a duty of
    /// care); IZA 2022, p. 81, has the chain approaches set up by "zorgverzekeraars en gemeenten".
    /// Joint means neither side can be left out; non-optional means binding. The annex wants to
    /// explore such agreements: that the agreement must make them is a reading of the text.
    ///
    /// ## Formal statement
    /// For every agreement `a`, with the Boolean facts `binding.<d>` (decision `d` of kind
    /// `prioritise-chain-approaches` over `a` says `binding = true`) and `exists` (`a` has such
    /// a decision): `¬exists ∨ ⋀_d ¬binding.<d>` is unsatisfiable; and for every such decision
    /// `d` and each side `S` in {insurer, municipal}, `pass(d) ∧ ⋀_{q on side S} ¬consents(q)`
    /// is unsatisfiable, `pass(d)` being the conjunction of the rules of `d`'s steps over one
    /// Boolean consent per party. *Unsat* means the chain approaches are prioritised by a
    /// binding decision that no coalition without side `S` can take.
    ///
    /// ## Counterexample
    /// The missing decision, or the decision that is not binding; or a vote: who consents, who
    /// refuses, and the clause that lets the prioritisation pass without the side.
    pub static CHAIN_APPROACHES = {
        id: "chain-approaches",
        family: Family::Mandate,
        title: "the chain approaches are prioritised jointly and bindingly",
        title_nl: "de ketenaanpakken worden niet-vrijblijvend en gezamenlijk geprioriteerd",
        explanation_nl: r#"
## Wat de regel toetst
De ketenaanpakken worden gezamenlijk en niet-vrijblijvend geprioriteerd: voor elk akkoord heeft
het model een besluit van de soort `prioritise-chain-approaches` over het akkoord of het
proces, dat besluit zegt `binding = true`, en het kan niet worden genomen zonder instemming van
de kant van de zorgverzekeraars en niet zonder instemming van de kant van de gemeenten.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024), onder
"NB": "Voor de ketenaanpakken willen we verkennen of en welke nadere afspraken we kunnen maken
over de invulling van het deel van de aanpak waar gemeenten verantwoordelijk voor zijn evenals
afspraken over niet-vrijblijvende gezamenlijke prioritering." De zin ervoor noemt wie
"gezamenlijk" verbindt: "Zorgverzekeraars en gemeenten hebben beide een zorgplicht"; IZA 2022,
p. 81, laat de ketenaanpakken inrichten door "zorgverzekeraars en gemeenten". Gezamenlijk
betekent dat geen van beide kanten buitenspel kan worden gezet; niet-vrijblijvend betekent
bindend. De bijlage wil zulke afspraken verkennen: dat het akkoord ze moet maken, is een lezing
van de tekst.

## Formele uitspraak
Voor elk akkoord `a`, met de Booleaanse feiten `binding.<d>` (besluit `d` van de soort
`prioritise-chain-approaches` over `a` zegt `binding = true`) en `exists` (`a` heeft zo'n
besluit): `¬exists ∨ ⋀_d ¬binding.<d>` is onvervulbaar; en voor elk zulk besluit `d` en elke
kant `S` in {verzekeraars, gemeenten} is `pass(d) ∧ ⋀_{q aan kant S} ¬consents(q)`
onvervulbaar, waarbij `pass(d)` de conjunctie is van de regels van de stappen van `d` over één
Booleaanse instemming per partij. *Unsat* betekent: de ketenaanpakken worden geprioriteerd met
een bindend besluit dat geen coalitie zonder kant `S` kan nemen.

## Tegenvoorbeeld
Het ontbrekende besluit, of het besluit dat niet bindend is; of een stemming: wie instemt, wie
weigert, en de bepaling die de prioritering zonder die kant laat passeren.
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
            let decision = &model.decisions[d];
            for side in super::votes::REVIEW_SIDES {
                let the_side = super::words::side_name(side, lang);
                let mut ob = Obligation::new(
                    CHAIN_APPROACHES.id,
                    Some(&decision.id),
                    say!(lang, "without the {the_side}", "zonder de {the_side}"),
                    format!(
                        "the decision `{}` cannot be taken unless a party of the {side} side consents",
                        decision.id
                    ),
                );
                ob.focus.agreement = Some(a);
                ob.focus.decision = Some(d);
                ob.focus.side = Some(side);
                super::votes::assert_steps_pass(input, &mut ob, decision, "");
                super::votes::side_refuses(model, &mut ob, side);
                crate::logic::encode::presence_axioms(model, &mut ob);
                ob.minimize_consents();
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
    super::words::facts_counterexample(findings, clauses)
}

fn vote_counterexample(
    input: &Input<'_>,
    ob: &Obligation,
    values: &[bool],
    d: usize,
) -> Counterexample {
    let model = input.model;
    let lang = input.lang;
    let decision = &model.decisions[d];
    let side = ob.focus.side.unwrap_or(crate::model::Side::Municipal);
    let rules: Vec<crate::model::Rule> = decision.steps.iter().map(|s| s.rule.clone()).collect();
    let whole = crate::model::Rule::AllRules(rules);
    let voters = crate::logic::vote::voters_of(model, &whole, None);
    let left_out = super::votes::side_parties_in_view(model, side, None, &voters);
    let view = super::votes::vote_view(input, ob, values, &whole, None, &left_out);
    let (id, the_side) = (&decision.id, super::words::side_name(side, lang));
    let (consent, refuse) = (
        consent_verb(view.consents.len(), lang),
        refuse_verb(view.refuses.len(), lang),
    );
    let (consents, refuses) = (list(&view.consents, lang), list(&view.refuses, lang));
    let step_names: Vec<String> = decision.steps.iter().map(|s| s.name.clone()).collect();
    Counterexample {
        summary: say!(
            lang,
            "The chain approaches are prioritised by `{id}` without the {the_side}: {consents} {consent}, {refuses} {refuse}, and the decision still passes.",
            "De ketenaanpakken worden met `{id}` geprioriteerd zonder de {the_side}: {consents} {consent}, {refuses} {refuse}, en het besluit wordt toch genomen.",
        ),
        detail: Detail::Vote {
            decision: id.clone(),
            step: step_names.join(", "),
            left_out: format!("{side} side"),
            stream: None,
            consents: view.consents,
            refuses: view.refuses,
            absent: view.absent,
        },
        clauses: super::votes::step_clauses(model, decision, lang),
    }
}
