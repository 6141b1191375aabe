//! The one table of an accept file (`toets-accept.toml`): a finding the team has accepted, with
//! why, by whom, and until when. Not part of a model: a file of its own beside the models.

use super::describe::{ElementKind, Need, Value, field};
use crate::lang::Text;

pub static ACCEPTANCE: ElementKind = ElementKind {
    key: "accept",
    name: Text {
        en: "an `[[accept]]`",
        nl: "een `[[accept]]`",
    },
    noun: Text {
        en: "acceptance",
        nl: "aanvaarding",
    },
    doc: Text {
        en: "A violation the team accepts: which model, rule and subject, why, by whom, and until when.",
        nl: "Een schending die het team aanvaardt: welk model, welke regel en welk onderwerp, waarom, door wie, en tot wanneer.",
    },
    fields: &[
        field(
            "model",
            Value::Text,
            Need::Required,
            "The model file, as a path from the accept file's folder.",
            "Het modelbestand, als pad vanaf de map van het aanvaardingsbestand.",
        ),
        field(
            "rule",
            Value::Text,
            Need::Required,
            "The rule whose violation is accepted, as `toets rules` lists it.",
            "De regel waarvan de schending wordt aanvaard, zoals `toets rules` hem opsomt.",
        ),
        field(
            "subject",
            Value::Text,
            Need::Optional,
            "The verdict's subject (a decision, plan, region, year); absent for a verdict about the model as a whole.",
            "Het onderwerp van het oordeel (een besluit, plan, regio, jaar); afwezig voor een oordeel over het model als geheel.",
        ),
        field(
            "reason",
            Value::Text,
            Need::Required,
            "Why the violation is accepted.",
            "Waarom de schending wordt aanvaard.",
        ),
        field(
            "accepted_by",
            Value::Text,
            Need::Required,
            "Who accepted it.",
            "Wie haar aanvaardde.",
        ),
        field(
            "until",
            Value::Date,
            Need::Optional,
            "The last day the acceptance holds (`YYYY-MM-DD`); for good when absent.",
            "De laatste dag waarop de aanvaarding geldt (`YYYY-MM-DD`); voorgoed als dit ontbreekt.",
        ),
    ],
    cited: false,
};
