//! Tasks and cuts, the money side of the agreement; and the steps of the process that leads
//! to it.

use super::describe::{ElementKind, Kind, Need, Value, field, required_with_help};
use crate::lang::Text;
use crate::language::keywords::{Keyword, StepKind};

pub static TASK: ElementKind = ElementKind {
    key: "task",
    name: Text {
        en: "a `[[task]]`",
        nl: "een `[[task]]`",
    },
    noun: Text {
        en: "task",
        nl: "taak",
    },
    doc: Text {
        en: "A structural task of a party under the agreement, with its cost per year.",
        nl: "Een structurele taak van een partij onder het akkoord, met de kosten per jaar.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The task's id.",
            "De id van de taak.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Haar naam.",
        ),
        required_with_help(
            "of",
            Value::Reference(&[Kind::Party]),
            Text {
                en: "The party that carries the task.",
                nl: "De partij die de taak uitvoert.",
            },
            Text {
                en: "the party that carries the task",
                nl: "de partij die de taak uitvoert",
            },
        ),
        field(
            "cost",
            Value::Euros,
            Need::Required,
            "Its structural cost, whole euros a year.",
            "De structurele kosten, hele euro's per jaar.",
        ),
        field(
            "from",
            Value::Year,
            Need::Required,
            "The first year.",
            "Het eerste jaar.",
        ),
        field(
            "until",
            Value::Year,
            Need::Optional,
            "The last year, if it ends.",
            "Het laatste jaar, als de taak ophoudt.",
        ),
    ],
    cited: true,
};

pub static CUT: ElementKind = ElementKind {
    key: "cut",
    name: Text {
        en: "a `[[cut]]`",
        nl: "een `[[cut]]`",
    },
    noun: Text {
        en: "cut",
        nl: "bezuiniging",
    },
    doc: Text {
        en: "A cut on a party's money per year: an amount, or a range where a text gives one.",
        nl: "Een bezuiniging op het geld van een partij per jaar: een bedrag, of een bandbreedte waar een tekst die geeft.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The cut's id.",
            "De id van de bezuiniging.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Haar naam.",
        ),
        required_with_help(
            "on",
            Value::Reference(&[Kind::Party]),
            Text {
                en: "The party whose money is cut.",
                nl: "De partij op wier geld wordt bezuinigd.",
            },
            Text {
                en: "the party whose funds are cut",
                nl: "de partij op wier middelen wordt bezuinigd",
            },
        ),
        field(
            "amount",
            Value::Euros,
            Need::Required,
            "Whole euros a year; with `up_to`, the bottom of a range.",
            "Hele euro's per jaar; met `up_to` de onderkant van een bandbreedte.",
        ),
        field(
            "up_to",
            Value::Euros,
            Need::Optional,
            "The top of a range, where a text gives one (\"2,5 à 3 miljard\").",
            "De bovenkant van een bandbreedte, waar een tekst die geeft (\"2,5 à 3 miljard\").",
        ),
        field(
            "from",
            Value::Year,
            Need::Required,
            "The first year.",
            "Het eerste jaar.",
        ),
        field(
            "until",
            Value::Year,
            Need::Optional,
            "The last year, if it ends.",
            "Het laatste jaar, als de bezuiniging ophoudt.",
        ),
    ],
    cited: true,
};

pub static PROCESS: ElementKind = ElementKind {
    key: "process",
    name: Text {
        en: "a `[[process]]`",
        nl: "een `[[process]]`",
    },
    noun: Text {
        en: "process step",
        nl: "processtap",
    },
    doc: Text {
        en: "A step of the process that leads to the agreement, with the steps before it and its dates.",
        nl: "Een stap van het proces dat tot het akkoord leidt, met de stappen ervoor en de data.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The step's id.",
            "De id van de stap.",
        ),
        field(
            "name",
            Value::Text,
            Need::Optional,
            "Its name.",
            "Haar naam.",
        ),
        field(
            "kind",
            Value::Keyword(&StepKind::KEYWORDS),
            Need::Required,
            "What the step is.",
            "Wat de stap is.",
        ),
        field(
            "by",
            Value::Reference(&[Kind::Party]),
            Need::Optional,
            "The party that takes the step.",
            "De partij die de stap zet.",
        ),
        field(
            "after",
            Value::References(&[Kind::Step]),
            Need::Optional,
            "The steps that must be done before this one starts.",
            "De stappen die klaar moeten zijn voordat deze begint.",
        ),
        field(
            "earliest",
            Value::Date,
            Need::Optional,
            "The first day the step may start.",
            "De eerste dag waarop de stap mag beginnen.",
        ),
        field(
            "deadline",
            Value::Date,
            Need::Optional,
            "The day by which the step must be done.",
            "De dag waarop de stap klaar moet zijn.",
        ),
        field(
            "days",
            Value::Days,
            Need::Optional,
            "How many days the step takes; 0 when absent.",
            "Hoeveel dagen de stap duurt; 0 als dit ontbreekt.",
        ),
    ],
    cited: true,
};
