//! Reading a QR code with the camera through the browser's `BarcodeDetector` (Chromium on
//! Android and ChromeOS, among others). Called through JavaScript reflection: the API is too
//! new for web-sys's stable bindings. Where a browser lacks it, the button is not shown.

use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub fn available() -> bool {
    web_sys::window().is_some_and(|w| Reflect::has(&w, &"BarcodeDetector".into()).unwrap_or(false))
}

fn method(target: &JsValue, name: &str) -> Result<Function, ()> {
    Reflect::get(target, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or(())
}

async fn wait(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Shows the back camera in `video` until a QR code is read (its text) or `stop` is set
/// (`None`); `Err` when the camera could not be opened.
pub async fn scan(video: &web_sys::Element, stop: &Cell<bool>) -> Result<Option<String>, ()> {
    let window = web_sys::window().ok_or(())?;
    let devices = Reflect::get(&window.navigator(), &"mediaDevices".into()).map_err(|_| ())?;
    let constraints = Object::new();
    let camera = Object::new();
    Reflect::set(&camera, &"facingMode".into(), &"environment".into()).map_err(|_| ())?;
    Reflect::set(&constraints, &"video".into(), &camera).map_err(|_| ())?;
    let request = method(&devices, "getUserMedia")?
        .call1(&devices, &constraints)
        .map_err(|_| ())?;
    let stream = JsFuture::from(Promise::resolve(&request))
        .await
        .map_err(|_| ())?;
    Reflect::set(video, &"srcObject".into(), &stream).map_err(|_| ())?;
    let _ = method(video, "play").and_then(|play| play.call0(video).map_err(|_| ()));
    let options = Object::new();
    let formats = Array::of1(&"qr_code".into());
    let _ = Reflect::set(&options, &"formats".into(), &formats);
    let found = match Reflect::get(&window, &"BarcodeDetector".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
        .and_then(|c| Reflect::construct(&c, &Array::of1(&options)).ok())
    {
        Some(detector) => read(&detector, video, stop).await,
        None => None,
    };
    // The camera goes off as soon as the code is read or scanning stops.
    if let Ok(tracks) = method(&stream, "getTracks").and_then(|f| f.call0(&stream).map_err(|_| ()))
    {
        for track in Array::from(&tracks).iter() {
            let _ = method(&track, "stop").map(|stop| stop.call0(&track));
        }
    }
    let _ = Reflect::set(video, &"srcObject".into(), &JsValue::NULL);
    Ok(found)
}

async fn read(detector: &JsValue, video: &web_sys::Element, stop: &Cell<bool>) -> Option<String> {
    let detect = method(detector, "detect").ok()?;
    while !stop.get() {
        if let Ok(promise) = detect.call1(detector, video) {
            if let Ok(codes) = JsFuture::from(Promise::resolve(&promise)).await {
                let first = Array::from(&codes).get(0);
                if let Some(text) = Reflect::get(&first, &"rawValue".into())
                    .ok()
                    .and_then(|v| v.as_string())
                {
                    return Some(text);
                }
            }
        }
        wait(300).await;
    }
    None
}
