//! The values of single fields, read from TOML with their types and ranges checked: text,
//! lists of ids, keywords, whole numbers, years, dates. Each problem becomes a diagnostic at
//! the value.

use super::values::{Spanned, Text};
use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::keywords::Keywords;
use crate::language::source::Span;
use toml_span::value::{Value as Toml, ValueInner};

/// The largest amount of money a model may name: 10¹⁵ euros.
pub const MAX_EUROS: i64 = 1_000_000_000_000_000;

/// A TOML value's type, in words.
pub fn type_name(value: &ValueInner<'_>) -> Said {
    let (en, nl) = match value {
        ValueInner::String(_) => ("a string", "een tekst"),
        ValueInner::Integer(_) => ("an integer", "een geheel getal"),
        ValueInner::Float(_) => ("a decimal number", "een decimaal getal"),
        ValueInner::Boolean(_) => ("a boolean", "een waarheidswaarde"),
        ValueInner::Array(_) => ("an array", "een lijst"),
        ValueInner::Table(_) => ("a table", "een tabel"),
    };
    Said::new(en, nl)
}

/// What a list of ids must be.
pub fn ids_expected() -> Said {
    said!("a list of ids (strings)", "een lijst van ids (teksten)")
}

pub fn wrong_type(
    out: &mut Vec<Diagnostic>,
    span: Span,
    key: &str,
    expected: Said,
    found: &ValueInner<'_>,
) {
    let found = type_name(found);
    out.push(
        Diagnostic::new(
            "wrong-type",
            span,
            Said::new(
                format!("`{key}` must be {}, not {}", expected.en, found.en),
                format!("`{key}` moet {} zijn, niet {}", expected.nl, found.nl),
            ),
        )
        .label(Said::new(
            format!("expected {}", expected.en),
            format!("verwacht: {}", expected.nl),
        )),
    );
}

pub fn string(out: &mut Vec<Diagnostic>, mut value: Toml<'_>, key: &str) -> Option<Text> {
    let span = Span::from(value.span);
    match value.take() {
        ValueInner::String(s) => Some(Text {
            value: s.into_owned(),
            span,
        }),
        other => {
            wrong_type(out, span, key, said!("a string", "een tekst"), &other);
            None
        }
    }
}

/// An array of strings; what is not a string is reported and left out.
pub fn strings(out: &mut Vec<Diagnostic>, mut value: Toml<'_>, key: &str) -> Vec<Text> {
    let span = Span::from(value.span);
    match value.take() {
        ValueInner::Array(items) => items
            .into_iter()
            .filter_map(|mut item| {
                let span = Span::from(item.span);
                match item.take() {
                    ValueInner::String(s) => Some(Text {
                        value: s.into_owned(),
                        span,
                    }),
                    other => {
                        wrong_type(out, span, key, ids_expected(), &other);
                        None
                    }
                }
            })
            .collect(),
        other => {
            wrong_type(out, span, key, ids_expected(), &other);
            Vec::new()
        }
    }
}

/// The position of a keyword in its set; a word not in it is reported, with the nearest
/// keyword or the whole set.
pub fn keyword_of(
    out: &mut Vec<Diagnostic>,
    text: &Text,
    keywords: &Keywords,
) -> Option<Spanned<usize>> {
    if let Some(at) = keywords.words.iter().position(|w| *w == text.value) {
        return Some(Spanned {
            value: at,
            span: text.span,
        });
    }
    let noun = keywords.noun;
    let mut diagnostic = Diagnostic::new(
        "unknown-keyword",
        text.span,
        Said::new(
            format!("`{}` is not a {}", text.value, noun.en),
            format!("`{}` is geen {}", text.value, noun.nl),
        ),
    )
    .label(Said::new(
        format!("not a {}", noun.en),
        format!("geen {}", noun.nl),
    ));
    diagnostic = match did_you_mean(&text.value, keywords.words.iter().copied()) {
        Some(suggestion) => diagnostic.help(suggest(suggestion)),
        None => {
            let words = keywords.words.join(", ");
            diagnostic.help(Said::new(
                format!("a {} is one of: {words}", noun.en),
                format!("een {} is een van: {words}", noun.nl),
            ))
        }
    };
    out.push(diagnostic);
    None
}

/// A whole number in `range`, which `words` says in words.
pub fn number(
    out: &mut Vec<Diagnostic>,
    mut value: Toml<'_>,
    key: &str,
    range: std::ops::RangeInclusive<i64>,
    words: Said,
) -> Option<Spanned<i64>> {
    let span = Span::from(value.span);
    match value.take() {
        ValueInner::Integer(i) if range.contains(&i) => Some(Spanned { value: i, span }),
        ValueInner::Integer(i) => {
            out.push(
                Diagnostic::new(
                    "out-of-range",
                    span,
                    said!(
                        "`{key}` = {i} is out of range",
                        "`{key}` = {i} valt buiten het bereik"
                    ),
                )
                .label(Said::new(
                    format!("must be {}", words.en),
                    format!("moet {} zijn", words.nl),
                )),
            );
            None
        }
        other => {
            let expected = said!("a whole number", "een geheel getal");
            wrong_type(out, span, key, expected, &other);
            None
        }
    }
}

/// A year from 1900 to 2200.
pub fn year(out: &mut Vec<Diagnostic>, value: Toml<'_>, key: &str) -> Option<Spanned<i64>> {
    let range = i64::from(i32::MIN)..=i64::from(i32::MAX);
    let year = number(out, value, key, range, said!("a year", "een jaar"))?;
    if !(1900..=2200).contains(&year.value) {
        out.push(
            Diagnostic::new(
                "out-of-range",
                year.span,
                said!(
                    "`{key}` = {} is not a year this model can mean",
                    "`{key}` = {} is geen jaar dat dit model kan bedoelen",
                    year.value
                ),
            )
            .label(said!(
                "a year from 1900 to 2200",
                "een jaar van 1900 tot en met 2200"
            )),
        );
        return None;
    }
    Some(year)
}

/// `[first, last]`, two years in order.
pub fn year_range(
    out: &mut Vec<Diagnostic>,
    mut value: Toml<'_>,
    key: &str,
) -> Option<Spanned<(i32, i32)>> {
    let span = Span::from(value.span);
    let years: Option<Vec<i32>> = match value.take() {
        ValueInner::Array(items) => items
            .into_iter()
            .map(|mut item| match item.take() {
                ValueInner::Integer(i) => {
                    i32::try_from(i).ok().filter(|y| (1900..=2200).contains(y))
                }
                _ => None,
            })
            .collect(),
        _ => None,
    };
    match years.as_deref() {
        Some(&[first, last]) if first <= last => Some(Spanned {
            value: (first, last),
            span,
        }),
        _ => {
            out.push(
                Diagnostic::new(
                    "wrong-type",
                    span,
                    said!(
                        "`{key}` must be two years in order, such as `[2025, 2030]`",
                        "`{key}` moet twee jaren op volgorde zijn, zoals `[2025, 2030]`"
                    ),
                )
                .label(said!(
                    "the first and the last year checked",
                    "het eerste en het laatste getoetste jaar"
                )),
            );
            None
        }
    }
}

/// An ISO date, `"2024-11-29"`, as a day number; a date that does not exist is reported.
pub fn date(out: &mut Vec<Diagnostic>, text: &Text) -> Option<Spanned<i64>> {
    let parts: Vec<&str> = text.value.split('-').collect();
    let day = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<i64>(), m.parse::<u32>(), d.parse::<u32>()) {
                (Ok(y), Ok(m), Ok(d)) if (1900..=2200).contains(&y) => {
                    crate::model::day_number(y, m, d)
                }
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(value) = day {
        return Some(Spanned {
            value,
            span: text.span,
        });
    }
    out.push(
        Diagnostic::new(
            "invalid-date",
            text.span,
            said!("`{}` is not a date", "`{}` is geen datum", text.value),
        )
        .label(said!("no such day", "die dag bestaat niet"))
        .help(said!(
            "write a date of the calendar as `YYYY-MM-DD`, e.g. `\"2024-11-29\"`",
            "schrijf een datum van de kalender als `YYYY-MM-DD`, bijv. `\"2024-11-29\"`"
        )),
    );
    None
}
