//! The rule `process-order`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::{Lang, say};
use crate::logic::formula::{Formula, Obligation};
use crate::model::{Model, ProcessStep, StepKind};
use crate::verdict::{Clause, Counterexample, Detail};
use std::ops::Not as _;

rule! {
    /// ## What it checks
    /// The board puts a concept agreement to VNG's members (a step of kind `put-to-members`)
    /// only after the concept exists (`concept`), the UDO is done (`udo`), the calculation is
    /// done (`doorrekening`) and the sustainability of the social domain has been weighed
    /// (`sustainability-weighing`). A signature of an association of municipalities such as
    /// VNG (`signing`) binds only after its own members ratified (`members-ratification` by
    /// the same party). No order of the steps
    /// that keeps every `after` of the model reaches such a step without a step of each kind
    /// it needs; a process that has no step of a needed kind at all reaches it without one
    /// too. A model without `[[process]]` gets no verdict.
    ///
    /// ## Legal basis
    /// VNG, letter "VNG-inbreng commissiedebat IZA" to the IZA spokespersons of the Tweede Kamer,
    /// 29 November 2024: "Wanneer er een conceptakkoord ligt, inclusief Uitvoerbaarheidstoets
    /// Decentrale Overheden (UDO) en doorrekening, én er voldoende is voldaan aan de houdbaarheid
    /// van het sociaal domein, in de context van de bredere gemeentefinanciën, dan zal het bestuur
    /// dit conceptakkoord voorleggen aan de leden." (When there is a concept agreement, including
    /// the UDO and a calculation, and the sustainability of the social domain has been sufficiently
    /// met, in the context of the wider municipal finances, the board will put this concept
    /// agreement to the members.) VNG, statement on the board's decision to sign the Integraal
    /// Zorgakkoord, September 2022: "Het bestuur heeft daarom besloten in te stemmen met
    /// ondertekening van het akkoord, onder voorbehoud van instemming door onze Algemene
    /// Ledenvergadering (ALV) op 2 december" (the board decided to agree to signing, subject to the
    /// consent of the general members' meeting on 2 December).
    ///
    /// ## Formal statement
    /// A Boolean `done.<s>` for every step `s`, and for every `after` reference from `s` to `p`
    /// the fact `done.<s> ⇒ done.<p>`, citing `s`. For every gated step `g` (a
    /// `put-to-members`, or a `signing` by an association of municipalities) and every kind `k`
    /// it needs: `done.<g> ∧ ⋀_{s of kind k} ¬done.<s>` is unsatisfiable, where a
    /// ratification counts only when it is `by` the signer. *Unsat* means every
    /// run of the process that reaches `g` has done a step of kind `k`; the proof rests on the
    /// chain of `after` references that leads from `g` to such a step.
    ///
    /// ## Counterexample
    /// A smallest run that reaches the gated step without a step of the missing kind: the
    /// steps it does, in an order that keeps every `after`, each cited, and the kind it skips.
    pub static PROCESS_ORDER = {
        id: "process-order",
        family: Family::Process,
        title: "the concept goes to the members only after the UDO, the calculation and the weighing; VNG signs only after its members consent",
        title_nl: "het conceptakkoord gaat pas naar de leden na de UDO, de doorrekening en de weging; de VNG tekent pas na instemming van haar leden",
        explanation_nl: r#"
## Wat de regel toetst
Het bestuur legt een conceptakkoord pas aan de leden van de VNG voor (een stap van soort
`put-to-members`) als het concept er ligt (`concept`), de UDO is gedaan (`udo`), de
doorrekening is gedaan (`doorrekening`) en de houdbaarheid van het sociaal domein is gewogen
(`sustainability-weighing`). Een handtekening van een vereniging van gemeenten zoals de VNG
(`signing`) bindt pas nadat haar eigen leden hebben ingestemd (`members-ratification` door
dezelfde partij). Geen volgorde van de stappen die elke `after` van het model respecteert,
bereikt zo'n stap zonder een stap van elke soort die ervoor vereist is; een proces dat van
een vereiste soort geen enkele stap heeft, bereikt die stap ook zonder. Een model zonder `[[process]]` krijgt geen oordeel.

## Juridische grondslag
VNG, brief "VNG-inbreng commissiedebat IZA" aan de woordvoerders IZA van de Tweede Kamer,
29 november 2024: "Wanneer er een conceptakkoord ligt, inclusief Uitvoerbaarheidstoets
Decentrale Overheden (UDO) en doorrekening, én er voldoende is voldaan aan de houdbaarheid van
het sociaal domein, in de context van de bredere gemeentefinanciën, dan zal het bestuur dit
conceptakkoord voorleggen aan de leden." VNG, verklaring over het besluit van het bestuur tot
ondertekening van het Integraal Zorgakkoord, september 2022: "Het bestuur heeft daarom besloten
in te stemmen met ondertekening van het akkoord, onder voorbehoud van instemming door onze
Algemene Ledenvergadering (ALV) op 2 december".

## Formele uitspraak
Een Boolean `done.<s>` voor elke stap `s`, en voor elke `after`-verwijzing van `s` naar `p`
het feit `done.<s> ⇒ done.<p>`, met `s` als bron. Voor elke bewaakte stap `g` (een
`put-to-members`, of een `signing` door een vereniging van gemeenten) en elke soort `k` die
daarvoor vereist is: `done.<g> ∧ ⋀_{s van soort k} ¬done.<s>` is onvervulbaar, waarbij een
instemming van de leden alleen telt als zij `by` de ondertekenaar is.
*Unsat* betekent: elk verloop van het proces dat `g` bereikt, heeft een stap van soort `k`
gedaan; het bewijs rust op de keten van `after`-verwijzingen van `g` naar zo'n stap.

## Tegenvoorbeeld
Een kleinste verloop dat de bewaakte stap bereikt zonder een stap van de ontbrekende soort:
de stappen die het doet, in een volgorde die elke `after` respecteert, elk met bron, en de
soort die het overslaat.
"#,
        example_holds: "process-order/in-order.toml",
        example_violated: "process-order/no-udo.toml",
        obligations: obligations,
        counterexample: counterexample,
    };
}

/// The kinds of step a step needs before it: for a `put-to-members`, the concept, the UDO, the
/// calculation and the weighing; for a `signing` by an association of municipalities (VNG),
/// the ratification by its own members; for any other step, none.
pub fn needs(model: &Model, step: &ProcessStep) -> &'static [StepKind] {
    match step.kind {
        StepKind::PutToMembers => &[
            StepKind::Concept,
            StepKind::Udo,
            StepKind::Doorrekening,
            StepKind::SustainabilityWeighing,
        ],
        StepKind::Signing
            if step.by.is_some_and(|p| {
                model.parties[p].kind == crate::model::PartyKind::MunicipalitiesAssociation
            }) =>
        {
            &[StepKind::MembersRatification]
        }
        _ => &[],
    }
}

/// Whether `candidate` is a step of the `kind` that `gated` needs: a ratification counts only
/// when the signer's own members ratify (`by` the signer).
pub fn fulfils(candidate: &ProcessStep, kind: StepKind, gated: &ProcessStep) -> bool {
    candidate.kind == kind && (kind != StepKind::MembersRatification || candidate.by == gated.by)
}

/// The indices of `chosen` steps in an order that keeps every `after` among them: each step as
/// early as it can come, ties in the order of the model.
pub(crate) fn in_order(steps: &[ProcessStep], chosen: &[usize]) -> Vec<usize> {
    let mut placed: Vec<usize> = Vec::new();
    let mut left: Vec<usize> = chosen.to_vec();
    left.sort_unstable();
    while !left.is_empty() {
        let ready = left
            .iter()
            .position(|&s| {
                steps[s]
                    .after
                    .iter()
                    .all(|p| placed.contains(p) || !chosen.contains(p))
            })
            .unwrap_or(0);
        placed.push(left.remove(ready));
    }
    placed
}

fn kind_words(kind: StepKind, lang: Lang) -> &'static str {
    match kind {
        StepKind::Concept => lang.pick("the concept agreement", "het conceptakkoord"),
        StepKind::Udo => lang.pick(
            "the UDO (Uitvoerbaarheidstoets Decentrale Overheden)",
            "de UDO (Uitvoerbaarheidstoets Decentrale Overheden)",
        ),
        StepKind::Doorrekening => lang.pick("the calculation (doorrekening)", "de doorrekening"),
        StepKind::SustainabilityWeighing => lang.pick(
            "the weighing of the social domain's sustainability",
            "de weging van de houdbaarheid van het sociaal domein",
        ),
        StepKind::PutToMembers => {
            lang.pick("putting it to the members", "het voorleggen aan de leden")
        }
        StepKind::MembersRatification => lang.pick(
            "the members' ratification",
            "de bekrachtiging door de leden",
        ),
        StepKind::Signing => lang.pick("the signing", "de ondertekening"),
        StepKind::Other => lang.pick("another step", "een andere stap"),
    }
}

fn step_clause(model: &Model, step: &ProcessStep, lang: Lang) -> Clause {
    let (id, kind) = (&step.id, step.kind);
    clause(
        model,
        say!(
            lang,
            "the step `{id}`, of kind `{kind}`",
            "de stap `{id}`, van soort `{kind}`"
        ),
        &step.cited,
    )
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let steps = &model.process;
    let lang = input.lang;
    let mut obligations = Vec::new();
    for gated in steps {
        for &kind in needs(model, gated) {
            let id = &gated.id;
            let mut ob = Obligation::new(
                PROCESS_ORDER.id,
                Some(id),
                say!(
                    lang,
                    "`{id}` without a step of kind `{kind}`",
                    "`{id}` zonder een stap van soort `{kind}`"
                ),
                format!(
                    "every run of the process that reaches `{id}` has done a step of kind `{kind}`"
                ),
            );
            ob.focus.kind = Some(kind);
            for step in steps {
                ob.vars.var(&format!("done.{}", step.id));
            }
            ob.minimize = (0..steps.len()).collect();
            for step in steps {
                for &p in &step.after {
                    let (s, p) = (&step.id, &steps[p].id);
                    let done_s = ob.vars.var(&format!("done.{s}"));
                    let done_p = ob.vars.var(&format!("done.{p}"));
                    ob.assert_from(
                        format!("fact: `{s}` starts only after `{p}` is done"),
                        done_s.implies(done_p),
                        vec![clause(
                            model,
                            say!(
                                lang,
                                "the step `{s}` comes after `{p}`",
                                "de stap `{s}` komt na `{p}`"
                            ),
                            &step.cited,
                        )],
                    );
                }
            }
            let reached = ob.vars.var(&format!("done.{id}"));
            ob.assert(format!("the run reaches `{id}`"), reached);
            let skipped: Vec<Formula> = steps
                .iter()
                .filter(|s| fulfils(s, kind, gated))
                .map(|s| ob.vars.var(&format!("done.{}", s.id)).not())
                .collect();
            ob.assert(
                format!("the run does no step of kind `{kind}`"),
                Formula::And(skipped),
            );
            obligations.push(ob);
        }
    }
    obligations
}

fn counterexample(input: &Input<'_>, ob: &Obligation, values: &[bool]) -> Counterexample {
    let model = input.model;
    let lang = input.lang;
    let steps = &model.process;
    let kind = ob.focus.kind.unwrap_or(StepKind::Other);
    let reached = ob.subject.clone().unwrap_or_default();
    let chosen: Vec<usize> = (0..steps.len())
        .filter(|&s| ob.value(values, &format!("done.{}", steps[s].id)))
        .collect();
    let order = in_order(steps, &chosen);
    let done: Vec<String> = order.iter().map(|&s| steps[s].id.clone()).collect();
    let run = done
        .iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(" → ");
    let what = kind_words(kind, lang);
    let none_at_all = !steps.iter().any(|s| s.kind == kind);
    let summary = match none_at_all {
        true => say!(
            lang,
            "`{reached}` is reached without {what}: the process has no step of kind `{kind}` at all; the run {run} reaches it.",
            "`{reached}` wordt bereikt zonder {what}: het proces heeft geen enkele stap van soort `{kind}`; het verloop {run} bereikt haar."
        ),
        false => say!(
            lang,
            "`{reached}` is reached without {what}: the run {run} keeps every `after` and does no step of kind `{kind}`.",
            "`{reached}` wordt bereikt zonder {what}: het verloop {run} respecteert elke `after` en doet geen stap van soort `{kind}`."
        ),
    };
    Counterexample {
        summary,
        detail: Detail::Run {
            reached,
            missing: kind,
            done,
        },
        clauses: order
            .iter()
            .map(|&s| step_clause(model, &steps[s], lang))
            .collect(),
    }
}
