//! The rule `joint-direction`.

use super::rule::{Family, Input, rule};
use super::words::{clause, list};
use crate::lang::say;
use crate::logic::formula::{Formula, Obligation};
use crate::model::{Element, Method, Model, PartyId, RelationKind};
use crate::verdict::{Clause, Counterexample, Finding};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// The commissioners direct the forming of each agreement together: each of them has a
    /// `directs` relation to the agreement, no party holds the lead (`lead = true`) that the
    /// commissioners do not all hold, and the agreement is formed by the method of the UDO
    /// (`method = "udo"`).
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024): "VWS, ZN en VNG regisseren samen de totstandkoming van het nieuwe
    /// akkoord waarbij gewerkt wordt volgens de werkwijze van de UDO." (VWS, ZN and VNG jointly
    /// direct the forming of the new agreement, working by the method of the UDO, the joint test of
    /// whether municipalities can carry out their tasks.) Directing together leaves no room for one
    /// director with the lead beside the others.
    ///
    /// ## Formal statement
    /// For every agreement `a`, with the model's facts as Boolean constants `directs.<c>` (a
    /// `directs` relation leads from commissioner `c` to `a`), `lead.<p>` (a `directs`
    /// relation from party `p` to `a` says `lead = true`; for every commissioner and every
    /// other party with such a relation) and `method.udo` (`a` says `method = "udo"`):
    /// `⋁_c ¬directs.<c> ∨ ⋁_p (lead.<p> ∧ ⋁_{c ≠ p} ¬lead.<c>) ∨ ¬method.udo` is
    /// unsatisfiable. *Unsat* means every commissioner directs `a`, nobody leads alone and
    /// `a` is formed by the UDO method. A lead that all commissioners hold is a lead held
    /// together, not alone.
    ///
    /// ## Counterexample
    /// The commissioners that do not direct the agreement, the party that holds the lead
    /// alone, or the missing method, each with its clause.
    pub static JOINT_DIRECTION = {
        id: "joint-direction",
        family: Family::EqualCommissioning,
        title: "the commissioners direct the forming of the agreement together, by the UDO method",
        title_nl: "de opdrachtgevers voeren samen de regie over de totstandkoming van het akkoord, volgens de werkwijze van de UDO",
        explanation_nl: r#"
## Wat de regel toetst
De opdrachtgevers voeren samen de regie over de totstandkoming van elk akkoord: elk van hen
heeft een relatie `directs` naar het akkoord, geen partij is trekker (`lead = true`) als niet
alle opdrachtgevers dat zijn, en het akkoord komt tot stand volgens de werkwijze van de UDO
(`method = "udo"`).

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024): "VWS,
ZN en VNG regisseren samen de totstandkoming van het nieuwe akkoord waarbij gewerkt wordt
volgens de werkwijze van de UDO." Samen regisseren laat geen ruimte voor één trekker die de
leiding heeft naast de anderen.

## Formele uitspraak
Voor elk akkoord `a`, met de feiten van het model als Booleaanse constanten `directs.<c>` (een
relatie `directs` loopt van opdrachtgever `c` naar `a`), `lead.<p>` (een relatie `directs` van
partij `p` naar `a` zegt `lead = true`; voor elke opdrachtgever en elke andere partij met zo'n
relatie) en `method.udo` (`a` zegt `method = "udo"`): `⋁_c ¬directs.<c> ∨ ⋁_p (lead.<p> ∧
⋁_{c ≠ p} ¬lead.<c>) ∨ ¬method.udo` is onvervulbaar. *Unsat* betekent: elke opdrachtgever
regisseert `a`, niemand heeft alleen de regie en `a` komt tot stand volgens de werkwijze van de
UDO. Een regie die alle opdrachtgevers hebben, is een gezamenlijke regie.

## Tegenvoorbeeld
De opdrachtgevers die het akkoord niet regisseren, de partij die alleen de regie heeft, of de
ontbrekende werkwijze, elk met de bepaling.
"#,
        example_holds: "joint-direction/holds.toml",
        example_violated: "joint-direction/vws-leads.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// The `directs` relations from a party to agreement `a`, by index.
fn directs(model: &Model, a: usize, party: PartyId) -> Vec<usize> {
    (0..model.relations.len())
        .filter(|&r| {
            let relation = &model.relations[r];
            relation.kind == RelationKind::Directs
                && relation.from == Element::Party(party)
                && relation.to == Element::Agreement(a)
        })
        .collect()
}

/// The parties whose lead is read for agreement `a`: the commissioners, then every other
/// party with a `directs` relation to `a` that says `lead = true`, in model order.
fn lead_candidates(model: &Model, a: usize) -> Vec<PartyId> {
    let mut parties = model.commissioners.clone();
    for relation in &model.relations {
        if let (RelationKind::Directs, Element::Party(p), Element::Agreement(to), true) =
            (relation.kind, relation.from, relation.to, relation.lead)
        {
            if to == a && !parties.contains(&p) {
                parties.push(p);
            }
        }
    }
    parties
}

fn relation_clause(input: &Input<'_>, r: usize) -> Clause {
    let model = input.model;
    let relation = &model.relations[r];
    let (from, to) = (
        model.element_id(relation.from),
        model.element_id(relation.to),
    );
    let words = if relation.lead {
        say!(
            input.lang,
            "`{from}` directs `{to}`, with the lead",
            "`{from}` regisseert `{to}`, als trekker"
        )
    } else {
        say!(
            input.lang,
            "`{from}` directs `{to}`",
            "`{from}` regisseert `{to}`"
        )
    };
    clause(model, words, &relation.cited)
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (a, agreement) in model.agreements.iter().enumerate() {
        let mut ob = Obligation::new(
            JOINT_DIRECTION.id,
            Some(&agreement.id),
            say!(
                input.lang,
                "directed together, by the UDO method",
                "samen geregisseerd, volgens de werkwijze van de UDO"
            ),
            format!(
                "every commissioner directs `{}`, none leads alone, and it is formed by the UDO method",
                agreement.id
            ),
        );
        ob.focus.agreement = Some(a);
        let mut failures = Vec::new();
        for &c in &model.commissioners {
            let id = &model.parties[c].id;
            let relations = directs(model, a, c);
            let cited = relations
                .iter()
                .map(|&r| relation_clause(input, r))
                .collect();
            let fact = ob.fact(
                &format!("directs.{id}"),
                !relations.is_empty(),
                format!(
                    "`{id}` directs `{}`: {}",
                    agreement.id,
                    !relations.is_empty()
                ),
                cited,
            );
            failures.push(fact.not());
        }
        let candidates = lead_candidates(model, a);
        let mut leads = Vec::new();
        for &p in &candidates {
            let id = &model.parties[p].id;
            let leading: Vec<usize> = directs(model, a, p)
                .into_iter()
                .filter(|&r| model.relations[r].lead)
                .collect();
            let cited = leading.iter().map(|&r| relation_clause(input, r)).collect();
            let fact = ob.fact(
                &format!("lead.{id}"),
                !leading.is_empty(),
                format!(
                    "`{id}` holds the lead over `{}`: {}",
                    agreement.id,
                    !leading.is_empty()
                ),
                cited,
            );
            leads.push((p, fact));
        }
        for (p, lead) in &leads {
            let others: Vec<Formula> = leads
                .iter()
                .filter(|(c, _)| c != p && model.commissioners.contains(c))
                .map(|(_, l)| l.clone().not())
                .collect();
            failures.push(Formula::And(vec![lead.clone(), Formula::Or(others)]));
        }
        let udo = agreement
            .method
            .as_ref()
            .filter(|(method, _)| *method == Method::Udo);
        let cited = udo
            .map(|(_, cited)| {
                let id = &agreement.id;
                vec![clause(
                    model,
                    say!(
                        input.lang,
                        "`{id}` is formed by the UDO method",
                        "`{id}` komt tot stand volgens de werkwijze van de UDO"
                    ),
                    cited,
                )]
            })
            .unwrap_or_default();
        let method = ob.fact(
            "method.udo",
            udo.is_some(),
            format!(
                "`{}` is formed by the UDO method: {}",
                agreement.id,
                udo.is_some()
            ),
            cited,
        );
        failures.push(method.not());
        ob.assert(
            "some commissioner does not direct, someone leads alone, or the method is not the UDO's",
            Formula::Or(failures),
        );
        obligations.push(ob);
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let a = ob.focus.agreement.unwrap_or_default();
    let agreement = &model.agreements[a];
    let (lang, akkoord) = (input.lang, &agreement.id);
    let mut findings = Vec::new();
    let mut clauses = vec![clause(
        model,
        say!(lang, "agreement `{akkoord}`", "akkoord `{akkoord}`"),
        &agreement.cited,
    )];
    for &c in &model.commissioners {
        let id = &model.parties[c].id;
        if !ob.value(values, &format!("directs.{id}")) {
            findings.push(Finding {
                problem: "not-directing",
                about: id.clone(),
                text: say!(
                    lang,
                    "`{id}` does not direct the forming of `{akkoord}`",
                    "`{id}` regisseert de totstandkoming van `{akkoord}` niet"
                ),
            });
        }
    }
    let candidates = lead_candidates(model, a);
    let leading = |p: PartyId| ob.value(values, &format!("lead.{}", model.parties[p].id));
    for &p in &candidates {
        let without: Vec<String> = model
            .commissioners
            .iter()
            .filter(|&&c| c != p && !leading(c))
            .map(|&c| model.parties[c].id.clone())
            .collect();
        if leading(p) && !without.is_empty() {
            let (id, others) = (&model.parties[p].id, list(&without, lang));
            findings.push(Finding {
                problem: "leads-alone",
                about: id.clone(),
                text: say!(
                    lang,
                    "`{id}` holds the lead over `{akkoord}` without {others}",
                    "`{id}` heeft de regie over `{akkoord}` zonder {others}"
                ),
            });
            for r in directs(model, a, p) {
                clauses.push(relation_clause(input, r));
            }
        }
    }
    if !ob.value(values, "method.udo") {
        findings.push(Finding {
            problem: "no-udo-method",
            about: akkoord.clone(),
            text: say!(
                lang,
                "`{akkoord}` is not formed by the UDO method (no `method = \"udo\"`)",
                "`{akkoord}` komt niet tot stand volgens de werkwijze van de UDO (geen `method = \"udo\"`)"
            ),
        });
    }
    super::words::facts_counterexample(findings, clauses)
}
