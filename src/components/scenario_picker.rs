//! The function (Product or Sales) and, for Product, the kind of company: two radio groups.

use yew::prelude::*;

use crate::scenario::{Function, Preset};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ScenarioPickerProps {
    pub function: Function,
    pub preset: Preset,
    pub on_function: Callback<Function>,
    pub on_preset: Callback<Preset>,
    /// The custom scenario a link opened, by name, and whether it is the one shown.
    #[prop_or_default]
    pub custom: Option<(String, bool)>,
    #[prop_or_default]
    pub on_custom: Callback<()>,
}

/// One radio button styled as a segment; `name` groups them, so arrow keys move between them.
fn segment(name: &'static str, value: &'static str, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    let id = format!("pmsu-{name}-{value}");
    html! {
        <label key={value} class={classes!("segment", checked.then_some("is-checked"))} for={id.clone()}>
            <input type="radio" class="segment__input" {id} {name} value={value} {checked} {onchange} />
            { label }
        </label>
    }
}

#[function_component]
pub fn ScenarioPicker(props: &ScenarioPickerProps) -> Html {
    let custom_shown = props.custom.as_ref().is_some_and(|(_, shown)| *shown);
    let functions = Function::ALL.into_iter().map(|function| {
        let on_function = props.on_function.clone();
        segment(
            "function",
            function.slug(),
            function.name(),
            function == props.function && !custom_shown,
            Callback::from(move |_: Event| on_function.emit(function)),
        )
    });
    let custom = props.custom.as_ref().map(|(name, shown)| {
        let on_custom = props.on_custom.clone();
        segment("function", "custom", name, *shown, Callback::from(move |_: Event| on_custom.emit(())))
    });
    let presets = Preset::ALL.into_iter().map(|preset| {
        let on_preset = props.on_preset.clone();
        segment(
            "preset",
            preset.slug(),
            preset.name(),
            preset == props.preset,
            Callback::from(move |_: Event| on_preset.emit(preset)),
        )
    });
    // What is shown now, in the words of the folded picker's button on a phone.
    let product = props.function == Function::Product && !custom_shown;
    let shown = match &props.custom {
        Some((name, true)) => name.clone(),
        _ if product => format!("{} · {}", props.function.name(), props.preset.name()),
        _ => props.function.name().to_string(),
    };
    let open = use_state_eq(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class={classes!("picker", open.then_some("is-open"))}>
            <button type="button" class="button picker__toggle" aria-expanded={open.to_string()}
                aria-controls="pmsu-picker-groups" onclick={on_toggle}>
                <span class="picker__toggle-label">{ text::FUNCTION }{ ": " }</span>
                { shown }
                <span aria-hidden="true">{ if *open { " ▴" } else { " ▾" } }</span>
            </button>
            <div id="pmsu-picker-groups" class="picker__groups">
                <fieldset class="picker__group">
                    <legend class="picker__legend">{ text::FUNCTION }</legend>
                    <div class="segments">{ for functions }{ for custom }</div>
                </fieldset>
                // The post: which work peels off when "will depend on [your] customers, industry, company".
                if product {
                    <fieldset class="picker__group">
                        <legend class="picker__legend">{ text::COMPANY_TYPE }</legend>
                        <div class="segments">{ for presets }</div>
                    </fieldset>
                }
            </div>
        </div>
    }
}
