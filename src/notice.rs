//! What the reader is told the widget could not use from the link that opened it: a part of the
//! link itself, or the custom scenario it named. Data only: `text::notice_lines` says it.

use crate::link::{LinkProblem, ScenarioSource};

/// Something the reader asked for, by link, that the widget could not use. It becomes words only
/// where it is shown (`text::notice_lines`).
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A part of the link itself.
    Link(LinkProblem),
    /// The scenario the link named, and why the built-in table is shown instead.
    Scenario { source: ScenarioSource, why: Unusable },
}

/// Why a linked scenario could not be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Unusable {
    /// The part of the widget that gets and reads scenarios (the extras module) could not be loaded.
    NoReader,
    /// The extras module answered with these problems, in the reader's words: why its text could
    /// not be had, or its mistakes.
    Problems(Vec<String>),
}
