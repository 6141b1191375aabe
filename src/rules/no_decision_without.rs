//! The rule `no-decision-without`.

use super::rule::{Family, Input, rule};
use super::votes::vote_view;
use super::words::{consent_verb, list, refuse_verb};
use crate::lang::say;
use crate::logic::encode::{self};
use crate::logic::formula::Obligation;
use crate::verdict::{Counterexample, Detail};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// No decision over the agreement (adopting, amending or ending it, setting up its process,
    /// steering its execution) can be taken while one of the commissioners does not consent.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024): "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van
    /// het akkoord [...] We sturen gezamenlijk [...] op de uitvoering daarvan en richten
    /// gezamenlijk het proces daartoe in." (VWS, ZN and VNG are jointly and equally the
    /// commissioners of the agreement; they steer its execution and set up its process together.) A
    /// commissioner that can be outvoted is not an equal one.
    ///
    /// ## Formal statement
    /// For every decision `d` with `about = "agreement"` or `"process"` and every commissioner
    /// `c`: `pass(d) ∧ ¬consents(c)` is unsatisfiable, where `pass(d)` is the conjunction of
    /// the rules of `d`'s steps over one Boolean consent per party (pseudo-Boolean sums for
    /// thresholds and weights). *Unsat* means `d` cannot be taken without `c`.
    ///
    /// ## Counterexample
    /// A vote: who consents, who refuses (and who stays away where a quorum applies), and the
    /// clause of the decision that lets it pass without the commissioner.
    pub static NO_DECISION_WITHOUT = {
        id: "no-decision-without",
        family: Family::EqualCommissioning,
        title: "no decision over the agreement can be taken without any one commissioner",
        title_nl: "geen besluit over het akkoord zonder een van de opdrachtgevers",
        explanation_nl: r#"
## Wat de regel toetst
Geen besluit over het akkoord (het vaststellen, wijzigen of beëindigen ervan, het inrichten
van het proces, het sturen op de uitvoering) kan worden genomen zolang een van de
opdrachtgevers niet instemt.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024): "VWS,
ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord [...] We sturen
gezamenlijk [...] op de uitvoering daarvan en richten gezamenlijk het proces daartoe in." Een
opdrachtgever die kan worden overstemd, is geen gelijkwaardige.

## Formele uitspraak
Voor elk besluit `d` met `about = "agreement"` of `"process"` en elke opdrachtgever `c`:
`pass(d) ∧ ¬consents(c)` is onvervulbaar, waarbij `pass(d)` de conjunctie is van de regels
van de stappen van `d`, over één Booleaanse instemming per partij (pseudo-Booleaanse sommen
voor drempels en gewichten). *Unsat* betekent: `d` kan niet zonder `c` worden genomen.

## Tegenvoorbeeld
Een stemming: wie instemt, wie weigert (en wie afwezig is waar een quorum geldt), en de
bepaling van het besluit die het zonder de opdrachtgever laat passeren.
"#,
        example_holds: "no-decision-without/unanimity-holds.toml",
        example_violated: "no-decision-without/two-of-three.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (d, decision) in model.decisions.iter().enumerate() {
        if decision.is_over_agreement() {
            for &c in &model.commissioners {
                obligations.push(taken_without(input, NO_DECISION_WITHOUT.id, d, c));
            }
        }
    }
    obligations
}

/// `pass(d) ∧ ¬consents(c)`, stated for `rule`: decision `d` is taken without party `c`.
pub(super) fn taken_without(
    input: &Input<'_>,
    rule: &'static str,
    d: usize,
    c: crate::model::PartyId,
) -> Obligation {
    let model = input.model;
    let decision = &model.decisions[d];
    let party = &model.parties[c].id;
    let mut ob = Obligation::new(
        rule,
        Some(&decision.id),
        say!(input.lang, "without `{party}`", "zonder `{party}`"),
        format!(
            "the decision `{}` cannot be taken unless `{party}` consents",
            decision.id
        ),
    );
    ob.focus.decision = Some(d);
    ob.focus.party = Some(c);
    super::votes::assert_steps_pass(input, &mut ob, decision, "");
    let yes = encode::consents(model, &mut ob.vars, c);
    ob.assert(format!("`{party}` does not consent"), yes.not());
    encode::presence_axioms(model, &mut ob);
    ob.minimize_consents();
    ob
}

/// The vote of a model of [`taken_without`]: who consents, who refuses, and the decision's
/// steps that let it pass.
pub(super) fn counterexample(
    input: &Input<'_>,
    ob: &Obligation,
    values: &[bool],
) -> Counterexample {
    let model = input.model;
    let decision = &model.decisions[ob.focus.decision.unwrap_or_default()];
    let party = ob.focus.party.unwrap_or_default();
    let rules: Vec<crate::model::Rule> = decision.steps.iter().map(|s| s.rule.clone()).collect();
    let whole = crate::model::Rule::AllRules(rules);
    let view = vote_view(input, ob, values, &whole, None, &[party]);
    let step_names: Vec<String> = decision.steps.iter().map(|s| s.name.clone()).collect();
    let lang = input.lang;
    let (id, left_out) = (&decision.id, &model.parties[party].id);
    let (consents, refuses) = (list(&view.consents, lang), list(&view.refuses, lang));
    let (consent, refuse) = (
        consent_verb(view.consents.len(), lang),
        refuse_verb(view.refuses.len(), lang),
    );
    let summary = match decision.steps.len() {
        1 => say!(
            lang,
            "`{id}` is taken without `{left_out}`: {consents} {consent}, {refuses} {refuse}, and its rule still lets it pass.",
            "`{id}` wordt genomen zonder `{left_out}`: {consents} {consent}, {refuses} {refuse}, en de regel van het besluit laat het toch passeren.",
        ),
        _ => {
            let steps = list(&step_names, lang);
            say!(
                lang,
                "`{id}` is taken without `{left_out}`: {consents} {consent}, {refuses} {refuse}, and its steps {steps} still let it pass.",
                "`{id}` wordt genomen zonder `{left_out}`: {consents} {consent}, {refuses} {refuse}, en de stappen {steps} laten het toch passeren.",
            )
        }
    };
    Counterexample {
        summary,
        detail: Detail::Vote {
            decision: decision.id.clone(),
            step: step_names.join(", "),
            left_out: model.parties[party].id.clone(),
            stream: None,
            consents: view.consents,
            refuses: view.refuses,
            absent: view.absent,
        },
        clauses: super::votes::step_clauses(model, decision, input.lang),
    }
}
