//! The rule `review-coverage`.

use super::rule::{Family, Input, rule};
use super::votes::REVIEW_SIDES;
use super::words::clause;
use crate::lang::say;
use crate::logic::formula::{Formula, Obligation};
use crate::verdict::{Counterexample, Detail, Finding};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// Every region with plans has a review body (its `review_body`) in which both the insurer
    /// side and the municipal side sit.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024): "de toetsing van de transformatieplannen wordt ook gezamenlijk gedaan
    /// door zorgverzekeraars en gemeenten" (plans are reviewed jointly by insurers and
    /// municipalities); a joint review needs a place where both sides sit. The Regeling specifieke
    /// uitkering transformatiemiddelen IZA AZWA 2024–2028 has the region's two market-leading
    /// insurers review plans, with no seat for municipalities.
    ///
    /// ## Formal statement
    /// For every region `r` that has a plan, with a Boolean constant `sits.<q>`, true, for each
    /// member `q` of `r`'s review body (none when it has no body): `¬⋁_{q insurer} sits.<q> ∨
    /// ¬⋁_{q municipal} sits.<q>` is unsatisfiable. *Unsat* means both sides sit in the
    /// region's review body.
    ///
    /// ## Counterexample
    /// The region, its review body (or its lack of one) and the side that has no seat in it.
    pub static REVIEW_COVERAGE = {
        id: "review-coverage",
        family: Family::JointPlanReview,
        title: "every region with plans has a review body in which both sides sit",
        title_nl: "elke regio met plannen heeft een toetsingsorgaan waarin beide kanten zitting hebben",
        explanation_nl: r#"
## Wat de regel toetst
Elke regio met plannen heeft een toetsingsorgaan (zijn `review_body`) waarin zowel de kant van
de zorgverzekeraars als de kant van de gemeenten zitting heeft.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024): "de
toetsing van de transformatieplannen wordt ook gezamenlijk gedaan door zorgverzekeraars en
gemeenten"; een gezamenlijke toetsing vraagt een plek waar beide kanten zitten. De Regeling
specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028 laat de twee marktleidende
zorgverzekeraars van de regio de plannen beoordelen, zonder plaats voor gemeenten.

## Formele uitspraak
Voor elke regio `r` met een plan, met een Booleaanse constante `sits.<q>`, waar, voor elk lid
`q` van het toetsingsorgaan van `r` (geen als het er geen heeft): `¬⋁_{q verzekeraar}
sits.<q> ∨ ¬⋁_{q gemeente} sits.<q>` is onvervulbaar. *Unsat* betekent: beide kanten hebben
zitting in het toetsingsorgaan van de regio.

## Tegenvoorbeeld
De regio, zijn toetsingsorgaan (of het ontbreken daarvan) en de kant die er geen zitting in
heeft.
"#,
        example_holds: "review-coverage/holds.toml",
        example_violated: "review-coverage/insurers-only.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (r, region) in model.regions.iter().enumerate() {
        if !model.plans.iter().any(|p| p.region == Some(r)) {
            continue;
        }
        let mut ob = Obligation::new(
            REVIEW_COVERAGE.id,
            Some(&region.id),
            "both sides sit in the review body".to_string(),
            format!(
                "the insurer side and the municipal side both sit in the review body of `{}`",
                region.id
            ),
        );
        ob.focus.region = Some(r);
        let members: Vec<usize> = region
            .review_body
            .map(|b| model.bodies[b].members.iter().map(|m| m.party).collect())
            .unwrap_or_default();
        let mut side_absent = Vec::new();
        for side in REVIEW_SIDES {
            let mut seats = Vec::new();
            // Only the body's members can sit in it: the seat of every other party is false,
            // and is left out of the obligation.
            for (_, party) in model
                .parties
                .iter()
                .enumerate()
                .filter(|(q, p)| p.side == side && members.contains(q))
            {
                let fact = true;
                let body = &model.bodies[region.review_body.unwrap_or_default()];
                let sits = ob.fact(
                    &format!("sits.{}", party.id),
                    fact,
                    format!("`{}` sits in the review body: {fact}", party.id),
                    vec![clause(
                        model,
                        {
                            let (who, body, region) = (&party.id, &body.id, &region.id);
                            say!(
                                input.lang,
                                "`{who}` sits in `{body}`, the review body of `{region}`",
                                "`{who}` heeft zitting in `{body}`, het toetsingsorgaan van `{region}`"
                            )
                        },
                        &body.cited,
                    )],
                );
                seats.push(sits);
            }
            side_absent.push(Formula::Or(seats).not());
        }
        ob.assert("one side has no seat", Formula::Or(side_absent));
        obligations.push(ob);
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let region = &model.regions[ob.focus.region.unwrap_or_default()];
    let body = region.review_body.map(|b| &model.bodies[b]);
    let mut findings = Vec::new();
    for side in REVIEW_SIDES {
        let seated = model
            .parties
            .iter()
            .any(|p| p.side == side && ob.value(values, &format!("sits.{}", p.id)));
        if !seated {
            let (lang, the_side, region_id) = (
                input.lang,
                super::words::side_name(side, input.lang),
                &region.id,
            );
            let text = match body {
                Some(body) => {
                    let body = &body.id;
                    say!(
                        lang,
                        "no party of the {the_side} sits in `{body}`, the review body of `{region_id}`",
                        "geen partij van de {the_side} heeft zitting in `{body}`, het toetsingsorgaan van `{region_id}`"
                    )
                }
                None => say!(
                    lang,
                    "region `{region_id}` has no review body, so the {the_side} has no seat",
                    "regio `{region_id}` heeft geen toetsingsorgaan, dus de {the_side} heeft geen zitting"
                ),
            };
            findings.push(Finding {
                problem: if body.is_some() {
                    "side-without-seat"
                } else {
                    "no-review-body"
                },
                about: format!("{side} side"),
                text,
            });
        }
    }
    let (lang, region_id) = (input.lang, &region.id);
    let mut clauses = vec![clause(
        model,
        say!(lang, "region `{region_id}`", "regio `{region_id}`"),
        &region.cited,
    )];
    if let Some(body) = body {
        let id = &body.id;
        clauses.push(clause(
            model,
            say!(lang, "body `{id}`", "orgaan `{id}`"),
            &body.cited,
        ));
    }
    let summary = findings
        .iter()
        .map(|f| f.text.clone())
        .collect::<Vec<_>>()
        .join("; ");
    Counterexample {
        summary: say!(
            lang,
            "In region `{region_id}`, {summary}.",
            "In regio `{region_id}`: {summary}."
        ),
        detail: Detail::Facts { findings },
        clauses,
    }
}
