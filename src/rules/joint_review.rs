//! The rule `joint-review`.

use super::rule::{Family, Input, rule};
use super::votes::{REVIEW_SIDES, ReviewCase, review_counterexample, side_refuses};
use crate::lang::say;
use crate::logic::encode::{self};
use crate::logic::formula::Obligation;
use crate::verdict::Counterexample;

rule! {
    /// ## What it checks
    /// No transformation plan can pass any step of its review without consent from the insurer
    /// side and without consent from the municipal side: in every region, at every step. A quick
    /// check that can stop a plan is a review step too.
    ///
    /// ## Legal basis
    /// VNG, annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members' meeting
    /// of 29 November 2024): "in het verlengde hiervan wordt de toetsing van de
    /// transformatieplannen ook gezamenlijk gedaan door zorgverzekeraars en gemeenten." (Following
    /// from this, the transformation plans are also reviewed jointly by the health insurers and the
    /// municipalities.)
    ///
    /// ## Formal statement
    /// For every plan `p`, every decision `d` that reviews `p` (its `funded_by` includes the
    /// stream that pays for `p`), every step `s` of `d` and each side `S` in {insurer,
    /// municipal}: `pass(s, region(p)) ∧ ⋀_{q on side S} ¬consents(q)` is unsatisfiable, where
    /// region roles such as `region:market-leaders` are filled from `p`'s region. *Unsat* means
    /// the step cannot pass unless someone of side `S` consents.
    ///
    /// ## Counterexample
    /// The step that passes, who consents (e.g. the region's two market-leading insurers), and
    /// who of the left-out side refuses without effect.
    pub static JOINT_REVIEW = {
        id: "joint-review",
        family: Family::JointPlanReview,
        title: "no plan passes a review step without both the insurer and the municipal side",
        title_nl: "geen plan passeert een toetsingsstap zonder zowel de verzekeraars als de gemeenten",
        explanation_nl: r#"
## Wat de regel toetst
Geen transformatieplan kan een stap van zijn toetsing passeren zonder instemming van de kant
van de zorgverzekeraars én zonder instemming van de kant van de gemeenten: in elke regio, bij
elke stap. Een eerste snelle toets die een plan kan tegenhouden, is ook een toetsingsstap.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024): "in het
verlengde hiervan wordt de toetsing van de transformatieplannen ook gezamenlijk gedaan door
zorgverzekeraars en gemeenten."

## Formele uitspraak
Voor elk plan `p`, elk besluit `d` dat `p` toetst (zijn `funded_by` omvat de geldstroom van
`p`), elke stap `s` van `d` en elke kant `S` in {verzekeraars, gemeenten}: `pass(s,
regio(p)) ∧ ⋀_{q aan kant S} ¬consents(q)` is onvervulbaar, waarbij regiorollen zoals
`region:market-leaders` worden ingevuld vanuit de regio van `p`. *Unsat* betekent: de stap
passeert niet tenzij iemand van kant `S` instemt.

## Tegenvoorbeeld
De stap die passeert, wie instemt (bijvoorbeeld de twee marktleidende zorgverzekeraars van de
regio), en wie van de buitengesloten kant zonder gevolg weigert.
"#,
        example_holds: "joint-review/holds.toml",
        example_violated: "joint-review/quick-check-by-market-leaders.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let mut obligations = Vec::new();
    for (p, plan) in model.plans.iter().enumerate() {
        let region = plan.region.map(|r| &model.regions[r]);
        for (d, decision) in model.reviews_of(plan) {
            for (s, step) in decision.steps.iter().enumerate() {
                for side in REVIEW_SIDES {
                    let mut ob = Obligation::new(
                        JOINT_REVIEW.id,
                        Some(&plan.id),
                        {
                            let (step, id) = (&step.name, &decision.id);
                            let side = super::words::side_name(side, input.lang);
                            say!(
                                input.lang,
                                "step `{step}` of `{id}` without the {side}",
                                "stap `{step}` van `{id}` zonder de {side}"
                            )
                        },
                        format!(
                            "the plan `{}` cannot pass step `{}` of `{}` unless the {side} side consents",
                            plan.id, step.name, decision.id
                        ),
                    );
                    ob.focus.plan = Some(p);
                    ob.focus.decision = Some(d);
                    ob.focus.step = Some(s);
                    ob.focus.side = Some(side);
                    let passes =
                        encode::step_passes(model, &mut ob, decision, s, region, input.lang);
                    ob.assert(
                        format!(
                            "step `{}` of `{}` passes ({})",
                            step.name, decision.id, step.cited.source
                        ),
                        passes,
                    );
                    side_refuses(model, &mut ob, side);
                    encode::presence_axioms(model, &mut ob);
                    ob.minimize_consents();
                    obligations.push(ob);
                }
            }
        }
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let plan = &model.plans[ob.focus.plan.unwrap_or_default()];
    let region = plan.region.map(|r| &model.regions[r]);
    review_counterexample(
        input,
        ob,
        values,
        ReviewCase {
            decision: ob.focus.decision.unwrap_or_default(),
            step: ob.focus.step.unwrap_or_default(),
            region,
            stream: None,
            plan_words: {
                let id = &plan.id;
                say!(input.lang, "The plan `{id}`", "Het plan `{id}`")
            },
        },
    )
}
