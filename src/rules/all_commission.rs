//! The rule `all-commission`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::say;
use crate::logic::formula::{Formula, Obligation};
use crate::verdict::{Counterexample, Finding};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// Each commissioner named in the model's `[model]` table is a commissioning party
    /// (opdrachtgever) of the agreement, and all of them in the same role: no lead commissioner
    /// beside co-commissioners.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024): "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van
    /// het akkoord, onverlet de systeemverantwoordelijkheid van VWS." (VWS, ZN and VNG are jointly
    /// and equally the commissioners of the agreement, without prejudice to the ministry's
    /// responsibility for the system.)
    ///
    /// ## Formal statement
    /// For every agreement `a`, with the model's facts as Boolean constants
    /// `commissioner.<c>` (c is listed as a commissioner of `a`) and `same-role.<c>` (c's role
    /// equals that of the first listed commissioner): `⋁_c (¬commissioner.<c> ∨
    /// ¬same-role.<c>)` is unsatisfiable. *Unsat* means every commissioner commissions `a`, in
    /// one role.
    ///
    /// ## Counterexample
    /// The commissioners that are missing from the agreement, or that hold another role.
    pub static ALL_COMMISSION = {
        id: "all-commission",
        family: Family::EqualCommissioning,
        title: "every commissioner commissions the agreement, in the same role",
        title_nl: "elke opdrachtgever is opdrachtgever van het akkoord, in dezelfde rol",
        explanation_nl: r#"
## Wat de regel toetst
Elke opdrachtgever die de tabel `[model]` noemt, is opdrachtgever van het akkoord, en allen in
dezelfde rol: geen opdrachtgever met regie naast mede-opdrachtgevers.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024): "VWS,
ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord, onverlet de
systeemverantwoordelijkheid van VWS."

## Formele uitspraak
Voor elk akkoord `a`, met de feiten van het model als Booleaanse constanten
`commissioner.<c>` (c staat als opdrachtgever van `a` vermeld) en `same-role.<c>` (de rol van
c is die van de eerstgenoemde opdrachtgever): `⋁_c (¬commissioner.<c> ∨ ¬same-role.<c>)` is
onvervulbaar. *Unsat* betekent: elke opdrachtgever is opdrachtgever van `a`, in één rol.

## Tegenvoorbeeld
De opdrachtgevers die bij het akkoord ontbreken, of die een andere rol hebben.
"#,
        example_holds: "all-commission/holds.toml",
        example_violated: "all-commission/vng-co-commissioner.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// For each commissioner of the model: whether it commissions agreement `a`, and its role.
fn facts<'m>(input: &Input<'m>, a: usize) -> Vec<(usize, Option<&'m str>)> {
    let model = input.model;
    model
        .commissioners
        .iter()
        .map(|&c| {
            let role = model.agreements[a]
                .commissioners
                .iter()
                .find(|k| k.party == c)
                .map(|k| k.role.as_str());
            (c, role)
        })
        .collect()
}

/// The first listed commissioner that commissions the agreement, and its role: the role the
/// others are compared with.
fn reference<'m>(facts: &[(usize, Option<&'m str>)]) -> Option<(usize, &'m str)> {
    facts.iter().find_map(|&(c, role)| role.map(|r| (c, r)))
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (a, agreement) in model.agreements.iter().enumerate() {
        let mut ob = Obligation::new(
            ALL_COMMISSION.id,
            Some(&agreement.id),
            "every commissioner, one role".to_string(),
            format!(
                "every commissioner commissions `{}`, all in the same role",
                agreement.id
            ),
        );
        ob.focus.agreement = Some(a);
        let facts = facts(input, a);
        let reference = reference(&facts).map(|(_, role)| role);
        let mut failures = Vec::new();
        for (c, role) in facts {
            let id = &model.parties[c].id;
            let cited: Vec<_> = agreement
                .commissioners
                .iter()
                .filter(|k| k.party == c)
                .map(|k| {
                    let (akkoord, role) = (&agreement.id, &k.role);
                    clause(
                        model,
                        say!(
                            input.lang,
                            "`{id}` commissions `{akkoord}` as `{role}`",
                            "`{id}` is opdrachtgever van `{akkoord}` als `{role}`"
                        ),
                        &k.cited,
                    )
                })
                .collect();
            let listed = ob.fact(
                &format!("commissioner.{id}"),
                role.is_some(),
                format!("`{id}` commissions `{}`: {}", agreement.id, role.is_some()),
                cited.clone(),
            );
            let same_role = role.is_some() && role == reference;
            let same = ob.fact(
                &format!("same-role.{id}"),
                same_role,
                format!("`{id}` has the first commissioner's role: {same_role}"),
                cited,
            );
            failures.push(Formula::Or(vec![listed.not(), same.not()]));
        }
        ob.assert(
            "some commissioner is missing or in another role",
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
    let facts = facts(input, a);
    let (first, reference) = reference(&facts).unwrap_or_default();
    let mut findings = Vec::new();
    let (lang, akkoord) = (input.lang, &agreement.id);
    let mut clauses = vec![clause(
        model,
        say!(lang, "agreement `{akkoord}`", "akkoord `{akkoord}`"),
        &agreement.cited,
    )];
    for (c, role) in facts {
        let id = &model.parties[c].id;
        if !ob.value(values, &format!("commissioner.{id}")) {
            findings.push(Finding {
                problem: "not-a-commissioner",
                about: id.clone(),
                text: say!(
                    lang,
                    "`{id}` is not a commissioner of `{akkoord}`",
                    "`{id}` is geen opdrachtgever van `{akkoord}`"
                ),
            });
        } else if !ob.value(values, &format!("same-role.{id}")) {
            let (role, first) = (role.unwrap_or_default(), &model.parties[first].id);
            findings.push(Finding {
                problem: "different-role",
                about: id.clone(),
                text: say!(
                    lang,
                    "`{id}` commissions `{akkoord}` as `{role}`, `{first}` as `{reference}`",
                    "`{id}` is opdrachtgever van `{akkoord}` als `{role}`, `{first}` als `{reference}`"
                ),
            });
        }
        if let Some(k) = agreement.commissioners.iter().find(|k| k.party == c) {
            clauses.push(clause(
                model,
                say!(
                    lang,
                    "`{id}` as commissioner of `{akkoord}`",
                    "`{id}` als opdrachtgever van `{akkoord}`"
                ),
                &k.cited,
            ));
        }
    }
    super::words::facts_counterexample(findings, clauses)
}
