//! The values of single fields, read from TOML with their types and ranges checked: text,
//! lists of ids, keywords, whole numbers, years, dates, a rule's voters. Each problem becomes a
//! diagnostic at the value.

use super::values::{Spanned, Text, VoterDecl};
use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::elements::ElementKind;
use crate::language::keywords::{Keyword, Keywords, RegionRole};
use crate::language::source::{Span, is_unprintable};
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

/// A text read from the model, refused (with a diagnostic) when it holds a character that no
/// report may print ([`crate::language::source::is_unprintable`]); the refused characters are
/// replaced, so that nothing downstream prints them before the model is rejected.
pub fn printable_text(out: &mut Vec<Diagnostic>, value: String, span: Span, key: &str) -> Text {
    if let Some(c) = value.chars().find(|&c| is_unprintable(c)) {
        let code = format!("U+{:04X}", u32::from(c));
        out.push(
            Diagnostic::new(
                "unprintable-character",
                span,
                said!(
                    "`{key}` holds the character {code}, a control or direction-changing character",
                    "`{key}` bevat het teken {code}, een stuur- of richtingsteken"
                ),
            )
            .label(said!(
                "a report could not print this text as it is",
                "een rapport kan deze tekst niet afdrukken zoals hij is"
            ))
            .help(said!(
                "write ids and texts on one line, without control characters (tab, line break, escape) or invisible and direction-changing characters; a quote is found with its spaces normalised, so a line break of the source may be a space",
                "schrijf id's en teksten op één regel, zonder stuurtekens (tab, regeleinde, escape) of onzichtbare en richtingstekens; een citaat wordt gevonden met genormaliseerde spaties, dus een regeleinde in de bron mag een spatie zijn"
            )),
        );
        let value = value
            .chars()
            .map(|c| if is_unprintable(c) { '\u{FFFD}' } else { c })
            .collect();
        return Text { value, span };
    }
    Text { value, span }
}

pub fn string(out: &mut Vec<Diagnostic>, mut value: Toml<'_>, key: &str) -> Option<Text> {
    let span = Span::from(value.span);
    match value.take() {
        ValueInner::String(s) => Some(printable_text(out, s.into_owned(), span, key)),
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
                    ValueInner::String(s) => Some(printable_text(out, s.into_owned(), span, key)),
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

/// A year, a month or a day, `"2024"`, `"2024-11"` or `"2024-11-29"`, that exists.
pub fn partial_date(out: &mut Vec<Diagnostic>, text: &Text) -> Option<Text> {
    let parts: Vec<&str> = text.value.split('-').collect();
    let number = |s: &str, digits: usize| {
        (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let valid = match parts.as_slice() {
        [y] => number(y, 4).is_some_and(|y| (1900..=2200).contains(&y)),
        [y, m] => {
            number(y, 4).is_some_and(|y| (1900..=2200).contains(&y))
                && number(m, 2).is_some_and(|m| (1..=12).contains(&m))
        }
        [_, _, _] => date(&mut Vec::new(), text).is_some(),
        _ => false,
    };
    if valid {
        return Some(text.clone());
    }
    out.push(
        Diagnostic::new(
            "invalid-date",
            text.span,
            said!("`{}` is not a date", "`{}` is geen datum", text.value),
        )
        .label(said!(
            "no such year, month or day",
            "dat jaar, die maand of die dag bestaat niet"
        ))
        .help(said!(
            "write a year, a month or a day as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`",
            "schrijf een jaar, een maand of een dag als `YYYY`, `YYYY-MM` of `YYYY-MM-DD`"
        )),
    );
    None
}

/// A rule's voters: party or body ids, or `region:` roles.
pub fn voters(out: &mut Vec<Diagnostic>, value: Toml<'_>, key: &str) -> Vec<VoterDecl> {
    let span = Span::from(value.span);
    let list = strings(out, value, key);
    if list.is_empty() {
        out.push(
            Diagnostic::new(
                "empty-rule",
                span,
                said!("`{key}` lists no voters", "`{key}` noemt geen stemmers"),
            )
            .label(said!(
                "a rule with no voters passes without anyone's consent",
                "een regel zonder stemmers slaagt zonder dat iemand instemt"
            )),
        );
    }
    list.into_iter()
        .filter_map(|text| {
            if text.value.starts_with("region:") {
                keyword_of(out, &text, &RegionRole::KEYWORDS).map(|at| {
                    VoterDecl::Role(Spanned {
                        value: RegionRole::ALL[at.value],
                        span: at.span,
                    })
                })
            } else {
                Some(VoterDecl::Id(text))
            }
        })
        .collect()
}

/// A citation with nothing in it.
pub fn empty_citation(span: Span, key: &str) -> Diagnostic {
    Diagnostic::new(
        "empty-citation",
        span,
        said!("`{key}` cites nothing", "`{key}` noemt geen bron"),
    )
    .label(said!("empty", "leeg"))
    .help(said!(
        "every element cites the clause it comes from, e.g. `{key} = {{ document = \"iza-2022\", page = 17 }}`",
        "elk element noemt de bepaling waar het vandaan komt, bijv. `{key} = {{ document = \"iza-2022\", page = 17 }}`"
    ))
}

/// A reading about a field the element does not have.
pub fn not_a_field_of(owner: &ElementKind, name: &Text) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        "unknown-field",
        name.span,
        Said::new(
            format!("`{}` is not a field of {}", name.value, owner.name.en),
            format!("`{}` is geen veld van {}", name.value, owner.name.nl),
        ),
    )
    .label(said!(
        "a reading is about a field of its element",
        "een lezing gaat over een veld van haar element"
    ));
    if let Some(close) = did_you_mean(&name.value, owner.field_names()) {
        diagnostic = diagnostic.help(suggest(close));
    }
    diagnostic
}
