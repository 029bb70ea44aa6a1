//! The grades: the scale (points out of a maximum the teacher sets) and
//! the gradebooks to download: the full table, and the files Moodle and
//! Canvas import as they are.

use crate::browser::{download, form};
use crate::core::classroom::adjudication::{gradebook, max_points, Gradebook};
use crate::core::classroom::compare::Comparison;
use crate::core::classroom::gradebooks::{moodle_identifier, MAX_POINTS_LIMIT};
use crate::core::formats::export::named_file;
use crate::core::i18n::said::classroom;
use crate::core::i18n::{tr, Lang, Text};
use crate::core::model::comparison::Adjudication;
use crate::core::state::{Action, Classroom};
use crate::ui::hooks::save;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`GradebookPanel`].
#[derive(Properties, PartialEq)]
pub struct GradebookPanelProps {
    /// The comparison.
    pub comparison: Rc<Comparison>,
    /// The teacher's decisions, key and scale.
    pub adjudication: Rc<Adjudication>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches an action.
    pub on_action: Callback<Action>,
}

/// The grades section.
#[function_component(GradebookPanel)]
pub fn gradebook_panel(props: &GradebookPanelProps) -> Html {
    let lang = props.lang;
    let (comparison, adjudication) = (&props.comparison, &props.adjudication);
    let download = |which: Gradebook, suffix: &'static str| {
        let (comparison, adjudication, on_action) = (comparison.clone(), adjudication.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(text) = gradebook(&comparison, &adjudication, which) else { return };
            let name = named_file(suffix, &download::today(), &comparison.exercise.0, "csv");
            save(&on_action, &name, "text/csv;charset=utf-8", &text);
        })
    };
    let rescale = props.on_action.reform(|event: Event| {
        let typed = form::event_value(&event);
        let points = typed.trim().parse::<f64>().ok().filter(|points| points.is_finite()).unwrap_or(1.0);
        Action::Classroom(Classroom::SetMaxPoints(points.round().clamp(1.0, f64::from(MAX_POINTS_LIMIT)) as u32))
    });
    let moodle = moodle_identifier(comparison.ask_for).is_some();
    let without_id = comparison.submissions.iter().filter(|submission| submission.student_id.is_empty()).count();
    html! {
        <section class="gradebooks" aria-labelledby="gradebooks-heading">
            <h4 id="gradebooks-heading" class="panel-title">{ tr(lang, Text::Gradebooks) }</h4>
            <label class="field max-points">
                <span>{ tr(lang, Text::MaxPoints) }</span>
                <input id="max-points" type="number" min="1" max={MAX_POINTS_LIMIT.to_string()} step="1" dir="ltr"
                    value={max_points(adjudication).to_string()} onchange={rescale} aria-describedby="points-hint" />
            </label>
            <p id="points-hint" class="hint">{ tr(lang, Text::PointsHint) }</p>
            if !moodle {
                <p class="hint" data-hint="moodle-needs-identifier">{ tr(lang, Text::MoodleNeedsIdentifier) }</p>
            } else if without_id > 0 {
                <p class="hint warning" data-hint="without-identifier">{ classroom::without_identifier(lang, without_id) }</p>
            }
            <div class="dialog-actions">
                <button type="button" class="primary" data-action="gradebook" onclick={download(Gradebook::Full, "gradebook")}>
                    { tr(lang, Text::DownloadGradebook) }
                </button>
                <button type="button" data-action="gradebook-moodle" disabled={!moodle} onclick={download(Gradebook::Moodle, "moodle")}>
                    { tr(lang, Text::DownloadMoodle) }
                </button>
                <button type="button" data-action="gradebook-canvas" onclick={download(Gradebook::Canvas, "canvas")}>
                    { tr(lang, Text::DownloadCanvas) }
                </button>
            </div>
        </section>
    }
}
