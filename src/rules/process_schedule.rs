//! The rule `process-schedule`.

use super::rule::{Family, Input, rule};
use super::words::clause;
use crate::lang::{Lang, say};
use crate::logic::formula::{Formula, Obligation, Polarity};
use crate::model::{Model, date_of};
use crate::verdict::{Clause, Constraint, Counterexample, Detail, Scheduled};

rule! {
    /// ## What it checks
    /// Whether the process can keep its dates: some schedule of its steps, in whole days,
    /// starts every step on or after its `earliest` date, has it done (after its `days`) by
    /// its `deadline`, and starts it only when every step it comes `after` is done. When the
    /// rule holds, the report shows such a schedule. A model whose steps name no date gets no
    /// verdict.
    ///
    /// ## Legal basis
    /// VNG, statement on the board's decision to sign the Integraal Zorgakkoord, September 2022:
    /// "Het bestuur heeft daarom besloten in te stemmen met ondertekening van het akkoord, onder
    /// voorbehoud van instemming door onze Algemene Ledenvergadering (ALV) op 2 december" (the
    /// board decided to agree to signing, subject to the consent of the general members' meeting on
    /// 2 December). News report of the trade press, "VNG stapt uit het Integraal Zorgakkoord",
    /// November 2024: "De resolutie wordt op de ledenvergadering van 29 november in stemming
    /// gebracht." (The resolution is put to the vote at the members' meeting of 29 November.) VNG's
    /// letter "VNG-inbreng commissiedebat IZA" to the IZA spokespersons of the Tweede Kamer
    /// (29 November 2024) gives the order the dates must fit: concept, UDO and calculation,
    /// weighing, then the members.
    ///
    /// ## Formal statement
    /// An integer `start.<s>` (a day number) for every step `s`, with `days(s)` its duration:
    /// `start.<s> ≥ earliest(s)`, `start.<s> + days(s) ≤ deadline(s)` where the step names
    /// them, and `start.<s> ≥ start.<p> + days(p)` for every `after` reference from `s` to
    /// `p`, each citing `s`. Here the polarity is reversed: a model is a schedule that meets
    /// every date, so *sat* means the rule holds, and *unsat* means **no schedule meets them:
    /// the rule is violated**.
    ///
    /// ## Counterexample
    /// A minimal set of dates, durations and `after` references that no schedule can meet
    /// together (the solver's unsat core, made minimal: leave out any one of them and a
    /// schedule exists), each cited.
    pub static PROCESS_SCHEDULE = {
        id: "process-schedule",
        family: Family::Process,
        title: "some schedule of the process meets every date",
        title_nl: "een planning van het proces haalt elke datum",
        explanation_nl: r#"
## Wat de regel toetst
Of het proces zijn data kan halen: een planning van de stappen, in hele dagen, die elke stap
op of na haar datum `earliest` laat beginnen, haar (na haar `days`) af heeft op haar
`deadline`, en haar pas laat beginnen als elke stap waar ze `after` op volgt af is. Is de
regel voldaan, dan toont het rapport zo'n planning. Een model waarvan de stappen geen datum
noemen, krijgt geen oordeel.

## Juridische grondslag
VNG, verklaring over het besluit van het bestuur tot ondertekening van het Integraal
Zorgakkoord, september 2022: "Het bestuur heeft daarom besloten in te stemmen met ondertekening
van het akkoord, onder voorbehoud van instemming door onze Algemene Ledenvergadering (ALV) op
2 december". Nieuwsbericht in de vakpers, "VNG stapt uit het Integraal Zorgakkoord",
november 2024: "De resolutie wordt op de ledenvergadering van 29 november in stemming gebracht."
De brief "VNG-inbreng commissiedebat IZA" van de VNG aan de woordvoerders IZA van de Tweede
Kamer (29 november 2024) geeft de volgorde waarin de data moeten passen: concept, UDO en
doorrekening, weging, dan de leden.

## Formele uitspraak
Een geheel getal `start.<s>` (een dagnummer) voor elke stap `s`, met `days(s)` haar duur:
`start.<s> ≥ earliest(s)`, `start.<s> + days(s) ≤ deadline(s)` waar de stap die noemt, en
`start.<s> ≥ start.<p> + days(p)` voor elke `after`-verwijzing van `s` naar `p`, elk met `s`
als bron. Hier is de polariteit omgekeerd: een model is een planning die elke datum haalt,
dus *sat* betekent dat de regel voldaan is, en *unsat* betekent: **geen planning haalt ze:
de regel is geschonden**.

## Tegenvoorbeeld
Een minimale verzameling data, duren en `after`-verwijzingen waaraan geen planning samen
kan voldoen (de onvervulbare kern van de solver, minimaal gemaakt: laat er één weg en er is
een planning), elk met bron.
"#,
        example_holds: "process-schedule/fits.toml",
        example_violated: "process-schedule/too-late.toml",
        obligations: obligations,
        counterexample: counterexample,
        unsat_counterexample: unsat_counterexample,
        witness: witness,
    };
}

fn days_words(days: i64, lang: Lang) -> String {
    match (lang, days) {
        (Lang::En, 1) => "1 day".to_string(),
        (Lang::En, n) => format!("{n} days"),
        (Lang::Nl, 1) => "1 dag".to_string(),
        (Lang::Nl, n) => format!("{n} dagen"),
    }
}

fn obligations(input: &Input<'_>) -> Vec<Obligation> {
    let model = input.model;
    let steps = &model.process;
    let lang = input.lang;
    let dates: Vec<i64> = steps
        .iter()
        .flat_map(|s| [s.earliest, s.deadline])
        .flatten()
        .collect();
    let Some(&first) = dates.iter().min() else {
        return Vec::new();
    };
    let mut ob = Obligation::new(
        PROCESS_SCHEDULE.id,
        None,
        say!(
            lang,
            "a schedule that meets every date",
            "een planning die elke datum haalt"
        ),
        "no schedule meets every date: the rule is violated".to_string(),
    );
    ob.polarity = Polarity::UnsatViolates;
    for step in steps {
        ob.ints.number(&format!("start.{}", step.id));
    }
    // A schedule need not start any step before this day: shifting the steps that have no
    // earliest date this far back reaches no deadline (every path of durations is shorter).
    let anchor = first - steps.iter().map(|s| s.days).sum::<i64>();
    for (j, step) in steps.iter().enumerate() {
        let (id, days) = (&step.id, days_words(step.days, lang));
        if let Some(earliest) = step.earliest {
            let date = date_of(earliest);
            ob.assert_from(
                format!("`{id}` starts on or after {date}"),
                Formula::IntAtLeast {
                    terms: vec![(1, j)],
                    bound: earliest,
                },
                vec![clause(
                    model,
                    say!(
                        lang,
                        "`{id}` starts on or after {date}",
                        "`{id}` begint op of na {date}"
                    ),
                    &step.cited,
                )],
            );
        } else {
            let date = date_of(anchor);
            ob.assert(
                format!(
                    "`{id}` starts no earlier than {date}, the model's first date less every step's days: no schedule needs an earlier start"
                ),
                Formula::IntAtLeast {
                    terms: vec![(1, j)],
                    bound: anchor,
                },
            );
        }
        if let Some(deadline) = step.deadline {
            let date = date_of(deadline);
            ob.assert_from(
                format!("`{id}` is done by {date}"),
                Formula::IntAtLeast {
                    terms: vec![(-1, j)],
                    bound: step.days - deadline,
                },
                vec![clause(
                    model,
                    say!(
                        lang,
                        "`{id}` takes {days} and is done by {date}",
                        "`{id}` duurt {days} en is uiterlijk op {date} af"
                    ),
                    &step.cited,
                )],
            );
        }
        for &p in &step.after {
            let before = &steps[p];
            let (p_id, p_days) = (&before.id, days_words(before.days, lang));
            ob.assert_from(
                format!("`{id}` starts after `{p_id}` is done"),
                Formula::IntAtLeast {
                    terms: vec![(1, j), (-1, p)],
                    bound: before.days,
                },
                vec![clause(
                    model,
                    say!(
                        lang,
                        "`{id}` starts after `{p_id}`, which takes {p_days}, is done",
                        "`{id}` begint nadat `{p_id}`, die {p_days} duurt, af is"
                    ),
                    &step.cited,
                )],
            );
        }
    }
    vec![ob]
}

/// Never called: a model of this rule's obligation is a schedule, which shows that it holds.
fn counterexample(_: &Input<'_>, _: &Obligation, _: &[bool]) -> Counterexample {
    unreachable!("process-schedule reads its models as witnesses")
}

/// Which constraint an assertion of the obligation states, by its place among them.
fn constraint_of(model: &Model, ob: &Obligation, index: usize) -> Option<Constraint> {
    let steps = &model.process;
    let mut seen = 0;
    for step in steps {
        let mut here: Vec<Constraint> = Vec::new();
        let base = |after: Option<String>, earliest, deadline, days| Constraint {
            text: String::new(),
            step: step.id.clone(),
            after,
            earliest,
            deadline,
            days,
        };
        here.push(base(None, step.earliest.map(date_of), None, step.days));
        if let Some(deadline) = step.deadline {
            here.push(base(None, None, Some(date_of(deadline)), step.days));
        }
        for &p in &step.after {
            here.push(base(Some(steps[p].id.clone()), None, None, steps[p].days));
        }
        if index < seen + here.len() {
            let mut constraint = here.swap_remove(index - seen);
            constraint.text = ob.assertions[index]
                .rests_on
                .first()
                .map(|c| c.element.clone())
                .unwrap_or_default();
            return Some(constraint);
        }
        seen += here.len();
    }
    None
}

fn unsat_counterexample(input: &Input<'_>, ob: &Obligation, core: &[usize]) -> Counterexample {
    let model = input.model;
    let lang = input.lang;
    let constraints: Vec<Constraint> = core
        .iter()
        .filter_map(|&i| constraint_of(model, ob, i))
        .collect();
    let clauses: Vec<Clause> = core
        .iter()
        .flat_map(|&i| ob.assertions[i].rests_on.iter().cloned())
        .collect();
    let n = constraints.len();
    Counterexample {
        summary: say!(
            lang,
            "No schedule of the process meets its dates: these {n} constraints cannot all be met, and without any one of them a schedule exists.",
            "Geen planning van het proces haalt zijn data: aan deze {n} voorwaarden kan niet samen worden voldaan, en zonder één ervan bestaat er een planning."
        ),
        detail: Detail::Infeasible { constraints },
        clauses,
    }
}

fn witness(input: &Input<'_>, _: &Obligation, _: &[bool], ints: &[i64]) -> Vec<Scheduled> {
    let steps = &input.model.process;
    let all: Vec<usize> = (0..steps.len()).collect();
    super::process_order::in_order(steps, &all)
        .into_iter()
        .filter_map(|s| {
            let start = *ints.get(s)?;
            Some(Scheduled {
                step: steps[s].id.clone(),
                start: date_of(start),
                end: date_of(start + steps[s].days),
            })
        })
        .collect()
}
