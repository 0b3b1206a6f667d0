// The phone page: one screen at a time, every answer sent to the laptop, the screen moving on
// only once the laptop says it is saved. Plain script for old phones over plain HTTP: no
// modules, no secure-context APIs, names always set as text.
(function () {
  "use strict";
  var base = location.pathname.replace(/[^/]*$/, "");          // /j/<join token>/
  var storageKey = "equilibriste-device:" + base;
  var screen = document.getElementById("screen");
  var statusBar = document.getElementById("status");
  var T = {}, texts = {}, form = null, device = null, title = "";

  function t(key, values) {
    var text = T[key] || key;
    for (var name in (values || {})) { text = text.split("{" + name + "}").join(String(values[name])); }
    return text;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in (attrs || {})) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "style") {  // through the CSSOM: the page's CSP refuses inline style attributes
        for (var property in attrs.style) node.style.setProperty(property, attrs.style[property]);
      }
      else if (key === "onclick") node.addEventListener("click", attrs[key]);
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function show(nodes, screenName) {
    screen.textContent = "";
    screen.setAttribute("data-screen", screenName);
    nodes.forEach(function (node) { if (node) screen.appendChild(node); });
    window.scrollTo(0, 0);
  }

  function setStatus(text, kind) {
    statusBar.hidden = !text;
    statusBar.textContent = text || "";
    statusBar.className = "status" + (kind ? " " + kind : "");
  }

  // -- talking to the laptop ---------------------------------------------------------------
  var busy = false;

  // Sends until the laptop answers: a lost connection is said on screen and retried with the
  // same request, which the laptop stores only once.
  function call(action, payload, onReply) {
    busy = true;
    setStatus(T.saving ? t("saving") : "");
    var attempt = 0;
    function send() {
      var headers = { "Content-Type": "application/json" };
      if (device) headers["X-Device"] = device;
      fetch(base + "api/" + action, { method: "POST", headers: headers, body: JSON.stringify(payload || {}),
                                     credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          if (response.status >= 500 || response.status === 429) throw new Error("retry");
          return response.json().then(function (body) { return { status: response.status, body: body }; },
                                      function () { return { status: response.status, body: {} }; });
        })
        .then(function (reply) {
          busy = false;
          setStatus("");
          onReply(reply.status, reply.body);
        }, function () {
          attempt += 1;
          setStatus(T.offline ? t("offline") : "…", "offline");
          setTimeout(send, Math.min(8000, 500 * Math.pow(2, Math.min(attempt, 4))));
        });
    }
    send();
  }

  function refused(status, body) {
    var error = body && body.error;
    if (status === 401) { forget(); start(); return; }
    if (error === "released") { pickName(t("released")); return; }
    if (error === "busy" || error === "finished") { pickName(t(error)); return; }
    if (status === 404) { show([el("h1", { text: title }), el("p", { "class": "message", text: t("closed") })], "closed"); return; }
    show([el("p", { "class": "message", text: t("refused") })], "refused");
  }

  function remember(token) { device = token; try { localStorage.setItem(storageKey, token); } catch (e) { /* private mode */ } }
  function forget() { device = null; try { localStorage.removeItem(storageKey); } catch (e) { /* private mode */ } }

  function start() {
    call("start", {}, function (status, body) {
      if (status !== 200) { if (status === 401) { forget(); start(); } else refused(status, body); return; }
      remember(body.device);
      form = body.form;
      title = body.title;
      T = texts[body.language] || texts.en;
      document.documentElement.lang = body.language;
      document.title = title;
      if (body.run) step(body.run); else pickName();
    });
  }

  // -- names ---------------------------------------------------------------------------------
  function pickName(message) {
    call("names", {}, function (status, body) {
      if (status !== 200) { refused(status, body); return; }
      var list = el("div", { "class": "list" });
      body.names.forEach(function (person) {
        var button = el("button", { "class": "name", type: "button" }, [el("span", { text: person.name })]);
        if (person.available) {
          button.addEventListener("click", function () { confirmName(person); });
        } else {
          button.setAttribute("aria-disabled", "true");
          button.appendChild(el("small", { text: t("unavailable") }));
        }
        list.appendChild(button);
      });
      var walkIn = body.walk_ins ? el("button", { "class": "quiet", type: "button", text: t("walk_in"),
                                                  onclick: function () { typeName(); } }) : null;
      show([el("p", { "class": "eyebrow", text: title }), el("h1", { text: t("pick") }),
            message ? el("p", { "class": "message", text: message }) : el("p", { "class": "hint", text: t("pick_hint") }),
            body.names.length || walkIn ? list : el("p", { "class": "message", text: t("no_names") }), walkIn], "names");
    });
  }

  // A manager not on the list (when the session takes walk-ins): the name is added only once
  // they confirmed it, as for a name picked from the list.
  function typeName(message, typed) {
    var input = el("input", { type: "text", maxlength: "200", autocomplete: "name", placeholder: t("walk_in_placeholder") });
    input.value = typed || "";
    function next() {
      var name = input.value.replace(/\s+/g, " ").trim();
      if (name) confirmName({ name: name }, function () { return { action: "walk_in", payload: { name: name } }; });
    }
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") next(); });
    show([el("h1", { text: t("walk_in_title") }),
          message ? el("p", { "class": "message", text: message }) : el("p", { "class": "hint", text: t("walk_in_hint") }),
          input,
          el("div", { "class": "nav" }, [
            el("button", { "class": "quiet", type: "button", text: t("back"), onclick: function () { pickName(); } }),
            el("button", { "class": "primary", type: "button", text: t("continue"), onclick: next })])], "walk_in");
  }

  function confirmName(person, request) {
    var ask = request ? request() : { action: "claim", payload: { participant: person.id } };
    show([el("h1", { text: t("confirm", { name: person.name }) }),
          el("p", { "class": "hint", text: t("confirm_hint") }),
          el("div", { "class": "nav" }, [
            el("button", { "class": "quiet", type: "button", text: t("no"), onclick: function () { pickName(); } }),
            el("button", { "class": "primary", type: "button", text: t("yes"), onclick: function () {
              if (busy) return;
              call(ask.action, ask.payload, function (status, body) {
                if (status === 200) step(body.run);
                else if (body && body.error === "name_refused") typeName(t("name_refused"), person.name);
                else refused(status, body);
              });
            } })])], "confirm");
  }

  // -- the steps --------------------------------------------------------------------------------
  function header(run, section, position) {
    var bar = el("div", { "class": "bar" }, [el("span", { style: { width: Math.round(100 * run.step / run.total) + "%" } })]);
    return [el("p", { "class": "eyebrow" }, [el("span", { text: section }), el("span", { text: position || "" })]), bar];
  }

  function send(action, payload) {
    if (busy) return;
    call(action, payload, function (status, body) {
      if (status !== 200) { refused(status, body); return; }
      if (body.done) thanks(); else step(body.run);
    });
  }

  // No way back before the first step: the name stays this phone's until it finishes.
  function nav(run, next) {
    var back = run.step === 0 ? null : el("button", { "class": "quiet", type: "button", text: t("back"),
      onclick: function () { send("back", { step: run.step }); } });
    return el("div", { "class": "nav" }, [back, next]);
  }

  var currentName = "";
  function step(run) {
    currentName = run.name;
    ({ statement: statement, allocation: allocation, tensions: tensions, commitments: commitments })[run.kind](run);
  }

  function statement(run) {
    var choices = el("div", { "class": "list" });
    form.scale.forEach(function (point) {
      choices.appendChild(el("button", { type: "button", "class": point.value === run.value ? "chosen" : "",
        "data-value": point.value, text: point.value + " · " + point.label,
        onclick: function () { send("answer", { step: run.step, value: point.value }); } }));
    });
    var next = run.value != null
      ? el("button", { "class": "primary", type: "button", text: t("next"),
                       onclick: function () { send("answer", { step: run.step, value: run.value }); } })
      : null;
    show(header(run, t("practices"), t("position", { current: run.number, total: run.statements }))
      .concat([el("p", { "class": "statement", text: form.items[run.key] }), choices, nav(run, next)]), "statement");
  }

  function allocation(run) {
    var points = {};
    form.territories.forEach(function (ter) { points[ter.code] = run.points[ter.code] || 0; });
    var remaining = el("div", { "class": "remaining", "aria-live": "polite" });
    var next = el("button", { "class": "primary", type: "button", text: t("next"),
      onclick: function () { send("answer", { step: run.step, points: points }); } });
    var values = {};
    function refresh() {
      var left = 100;
      for (var code in points) { left -= points[code]; values[code].textContent = points[code]; }
      remaining.textContent = left > 0 ? t("remaining", { points: left }) : left === 0 ? t("allocated") : t("over", { points: -left });
      remaining.className = "remaining" + (left === 0 ? " done" : left < 0 ? " over" : "");
      next.disabled = left !== 0;
    }
    var rows = form.territories.map(function (ter) {
      values[ter.code] = el("span", { "class": "points" });
      function change(delta) { return function () { points[ter.code] = Math.max(0, Math.min(100, points[ter.code] + delta)); refresh(); }; }
      return el("div", { "class": "territory", style: { "--colour": ter.colour }, "data-code": ter.code }, [
        el("div", { "class": "row" }, [
          el("strong", { text: ter.name }),
          el("span", { "class": "row" }, [
            el("button", { type: "button", "class": "minus", "aria-label": "−5", text: "−", onclick: change(-5) }),
            values[ter.code],
            el("button", { type: "button", "class": "plus", "aria-label": "+5", text: "+", onclick: change(5) })])])]);
    });
    show(header(run, t("time"), t("position", { current: run.key === "today" ? 1 : 2, total: 2 }))
      .concat([el("p", { "class": "statement", text: form.allocation_prompts[run.key] }), remaining])
      .concat(rows).concat([nav(run, next)]), "allocation");
    refresh();
  }

  function tensions(run) {
    var values = {};
    for (var id in run.values) values[id] = run.values[id];
    var next = el("button", { "class": "primary", type: "button", text: t("next"),
      onclick: function () { send("answer", { step: run.step, values: values }); } });
    function refresh() { next.disabled = form.tensions.some(function (ten) { return !values[ten.id]; }); }
    var blocks = form.tensions.map(function (ten) {
      var steps = el("div", { "class": "steps" });
      for (var v = 1; v <= form.tension_steps; v++) {
        (function (value) {
          var button = el("button", { type: "button", "data-value": value, text: String(value),
                                      "aria-label": ten.left + " / " + ten.right + " " + value });
          if (values[ten.id] === value) button.className = "chosen";
          button.addEventListener("click", function () {
            values[ten.id] = value;
            Array.prototype.forEach.call(steps.children, function (b) { b.className = b === button ? "chosen" : ""; });
            refresh();
          });
          steps.appendChild(button);
        })(v);
      }
      return el("div", { "class": "tension", "data-tension": ten.id }, [
        el("div", { "class": "ends" }, [el("span", { text: ten.left }), el("span", { text: ten.right })]), steps]);
    });
    show(header(run, t("tradeoffs")).concat(blocks).concat([nav(run, next)]), "tensions");
    refresh();
  }

  function commitments(run) {
    var territory = run.territory;
    var choices = el("div", { "class": "list" });
    form.territories.forEach(function (ter) {
      var button = el("button", { type: "button", "data-code": ter.code, text: ter.name,
                                  "class": ter.code === territory ? "chosen" : "" });
      button.addEventListener("click", function () {
        territory = ter.code;
        Array.prototype.forEach.call(choices.children, function (b) { b.className = b === button ? "chosen" : ""; });
      });
      choices.appendChild(button);
    });
    var inputs = [];
    for (var i = 0; i < form.max_actions; i++) {
      inputs.push(el("input", { type: "text", maxlength: "300", "aria-label": t("action", { n: i + 1 }),
                                placeholder: t("action", { n: i + 1 }) }));
      inputs[i].value = run.actions[i] || "";
    }
    var finish = el("button", { "class": "primary", type: "button", text: t("finish"), onclick: function () {
      send("answer", { step: run.step, territory: territory,
                       actions: inputs.map(function (input) { return input.value.trim(); }) });
    } });
    show(header(run, t("commitments")).concat([
      el("label", { text: form.territory_prompt }), choices,
      el("label", { text: form.actions_prompt })]).concat(inputs).concat([nav(run, finish)]), "commitments");
  }

  function thanks() {
    show([el("h1", { text: t("thanks", { name: currentName }) }), el("p", { "class": "hint", text: t("thanks_hint") }),
          el("div", { "class": "nav" }, [el("button", { "class": "quiet", type: "button", text: t("another"),
                                                        onclick: function () { pickName(); } })])], "thanks");
  }

  fetch(base + "texts.json", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (data) {
    texts = data;
    try { device = localStorage.getItem(storageKey); } catch (e) { device = null; }
    T = texts[(navigator.language || "fr").slice(0, 2)] || texts.fr;
    start();
  }, function () { setTimeout(function () { location.reload(); }, 2000); });
})();
