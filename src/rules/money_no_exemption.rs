//! The rule `money-no-exemption`.

use super::rule::{Family, Input, rule};
use super::votes::{REVIEW_SIDES, ReviewCase, review_counterexample, side_refuses};
use crate::lang::say;
use crate::logic::encode::{self};
use crate::logic::formula::{Formula, Obligation};
use crate::model::Stream;
use crate::verdict::Counterexample;

rule! {
    /// ## What it checks
    /// Joint review holds whatever pays for a plan: no money stream (Zvw money in particular)
    /// exempts a plan from review by both the insurer and the municipal side. Unlike
    /// `joint-review`, which checks the plans a model lists, this rule asks about every plan a
    /// region could have, paid from any stream that some review decision covers.
    ///
    /// ## Legal basis
    /// VNG's annex 1 to the IZA resolution, "Uitwerking gelijkwaardigheid" (general members'
    /// meeting of 29 November 2024), asks for joint review of the transformation plans without
    /// exception; a news report of the trade press, "VNG stapt uit het Integraal Zorgakkoord"
    /// (November 2024), reports the objection it answers: "Onder meer ZN en het ministerie van VWS
    /// weigeren die zeggenschap (deels) over te dragen [...] Hun argumentatie is dat het om
    /// Zvw-geld gaat." (ZN and the ministry refuse to hand over that say, in part, arguing that it
    /// is Zvw money.)
    ///
    /// ## Formal statement
    /// For every region `r` (or once, for a model without regions), every money stream `m`
    /// that some review decision covers (in the order zvw, wlz, state-budget, municipal-fund,
    /// specific-grant, own-funds) and each side `S`: `⋁_{d covers m, s step of d} pass(s, r) ∧
    /// ⋀_{q on side S} ¬consents(q)` is unsatisfiable. *Unsat* means that in region `r` no plan
    /// paid from `m` passes a review step without side `S`.
    ///
    /// ## Counterexample
    /// The money stream, the review step that the plan passes, and the vote: who consents and
    /// who of the left-out side refuses.
    pub static MONEY_NO_EXEMPTION = {
        id: "money-no-exemption",
        family: Family::JointPlanReview,
        title: "no money stream exempts a plan from joint review",
        title_nl: "geen geldstroom ontslaat een plan van gezamenlijke toetsing",
        explanation_nl: r#"
## Wat de regel toetst
De gezamenlijke toetsing geldt ongeacht wat een plan betaalt: geen geldstroom (Zvw-geld in het
bijzonder) ontslaat een plan van toetsing door zowel de zorgverzekeraars als de gemeenten.
Anders dan `joint-review`, dat de plannen in het model toetst, vraagt deze regel naar elk plan
dat een regio zou kunnen hebben, betaald uit elke geldstroom die een toetsingsbesluit dekt.

## Juridische grondslag
VNG, Bijlage 1 bij resolutie IZA, "Uitwerking gelijkwaardigheid" (ALV 29 november 2024), vraagt
gezamenlijke toetsing van de transformatieplannen, zonder uitzondering; een nieuwsbericht in de
vakpers, "VNG stapt uit het Integraal Zorgakkoord" (november 2024), meldt het bezwaar waarop dat
antwoordt: "Onder meer ZN en het ministerie van VWS weigeren die zeggenschap (deels) over te
dragen [...] Hun argumentatie is dat het om Zvw-geld gaat."

## Formele uitspraak
Voor elke regio `r` (of eenmaal, voor een model zonder regio's), elke geldstroom `m` die een
toetsingsbesluit dekt (in de volgorde zvw, wlz, state-budget, municipal-fund, specific-grant,
own-funds) en elke kant `S`: `⋁_{d dekt m, s stap van d} pass(s, r) ∧ ⋀_{q aan kant S}
¬consents(q)` is onvervulbaar. *Unsat* betekent: in regio `r` passeert geen plan betaald uit
`m` een toetsingsstap zonder kant `S`.

## Tegenvoorbeeld
De geldstroom, de toetsingsstap die het plan passeert, en de stemming: wie instemt en wie van
de buitengesloten kant weigert.
"#,
        example_holds: "money-no-exemption/holds.toml",
        example_violated: "money-no-exemption/zvw-exempt.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// The streams some plan review covers, in the language's order.
fn covered_streams(input: &Input<'_>) -> Vec<Stream> {
    Stream::ALL
        .iter()
        .copied()
        .filter(|&stream| {
            input
                .model
                .decisions
                .iter()
                .any(|d| d.reviews_stream(stream))
        })
        .collect()
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let regions: Vec<Option<usize>> = if model.regions.is_empty() {
        vec![None]
    } else {
        (0..model.regions.len()).map(Some).collect()
    };
    let mut obligations = Vec::new();
    for region_index in regions {
        let region = region_index.map(|r| &model.regions[r]);
        let subject = region.map(|r| r.id.as_str());
        let place = region.map_or(String::new(), |r| format!(" in region `{}`", r.id));
        let plaats = region.map_or(String::new(), |r| format!(" in regio `{}`", r.id));
        for stream in covered_streams(input) {
            for side in REVIEW_SIDES {
                let the_side = super::words::side_name(side, input.lang);
                let mut ob = Obligation::new(
                    MONEY_NO_EXEMPTION.id,
                    subject,
                    say!(
                        input.lang,
                        "a plan{place} paid from `{stream}`, without the {the_side}",
                        "een plan{plaats} betaald uit `{stream}`, zonder de {the_side}"
                    ),
                    format!(
                        "no plan{place} paid from `{stream}` passes a review step unless the {side} side consents"
                    ),
                );
                ob.focus.region = region_index;
                ob.focus.side = Some(side);
                ob.focus.stream = Some(stream);
                let mut passing_steps = Vec::new();
                for decision in model.decisions.iter().filter(|d| d.reviews_stream(stream)) {
                    for s in 0..decision.steps.len() {
                        passing_steps.push(encode::step_passes(
                            model, &mut ob, decision, s, region, input.lang,
                        ));
                    }
                }
                ob.assert(
                    format!("some review step of a plan paid from `{stream}` passes"),
                    Formula::Or(passing_steps),
                );
                side_refuses(model, &mut ob, side);
                encode::presence_axioms(model, &mut ob);
                ob.minimize_consents();
                obligations.push(ob);
            }
        }
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let region = ob.focus.region.map(|r| &model.regions[r]);
    let stream = ob.focus.stream.unwrap_or(Stream::Zvw);
    let votes = encode::votes_of(model, ob, values);
    // The first review step, in model order, that covers the stream and passes under the vote.
    let (decision, step) = model
        .decisions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.reviews_stream(stream))
        .flat_map(|(d, decision)| (0..decision.steps.len()).map(move |s| (d, s)))
        .find(|&(d, s)| {
            crate::logic::vote::passes(model, &model.decisions[d].steps[s].rule, region, &votes)
        })
        .unwrap_or((0, 0));
    let place = region.map_or(String::new(), |r| format!(" in region `{}`", r.id));
    let plaats = region.map_or(String::new(), |r| format!(" in regio `{}`", r.id));
    review_counterexample(
        input,
        ob,
        values,
        ReviewCase {
            decision,
            step,
            region,
            stream: Some(stream),
            plan_words: say!(
                input.lang,
                "A plan{place} paid from `{stream}`",
                "Een plan{plaats} betaald uit `{stream}`"
            ),
        },
    )
}
