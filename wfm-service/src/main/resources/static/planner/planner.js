/*
 * TrialLine roster planner. Stable DOM hooks (browser tests rely on them):
 *   #roster                              the roster picker (values are roster ids, from GET /api/wfm/rosters)
 *   #solve, #stop, #publish              the actions; each is disabled when the roster's status does not allow it
 *   #status                              NOT_SOLVED, SOLVING or SOLVED, in words; data-status holds the raw value
 *   #score                               the latest best score in words; data-hard, data-medium, data-soft, data-feasible
 *                                        carry it raw, data-events counts the score events of this page's solves
 *   #score-trail li                      one entry per best score streamed while solving
 *   #grid-rows tr[data-agent="<id>"]     one row per agent of the problem, a td[data-date="YYYY-MM-DD"] a day
 *     .shift[data-queue][data-template][data-pinned][data-changed]   a worked day
 *   #charts svg[data-queue="<queueId>"]  one chart per queue: path.required-line and path.covered-line
 *   #explanation li[data-constraint]     one per broken rule, its breaches in words
 *   #csv, #calendars button[data-agent]  exports, fetched with the token and saved as a file
 *   #download-status                     the last export: data-status holds its HTTP status, data-bytes its size
 * A value that is not known shows "—", never 0.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'trialline.token';
  var EXPIRES_KEY = 'trialline.tokenExpiresAt';
  var LOGIN = '/login?next=/planner';
  var API = '/api/wfm/rosters';
  var RENEW_BEFORE_MS = 60000;
  // while a solve runs, the grid and charts follow its best roster at most this often
  var REFRESH_WHILE_SOLVING_MS = 4000;
  var TRAIL_LENGTH = 50;
  var NONE = '—';
  var SVG = 'http://www.w3.org/2000/svg';
  var CHART_HEIGHT = 100;

  var STATUS_TEXT = { NOT_SOLVED: 'Not solved', SOLVING: 'Solving…', SOLVED: 'Solved' };

  var number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  var dayHeading = new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC'
  });
  var shortDay = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  var clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  var timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  var moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  var page = {
    roster: null, // the RosterView shown
    source: null, // the EventSource of a running solve
    events: 0,
    refreshTimer: null,
    lastRefresh: 0
  };

  function $(id) {
    return document.getElementById(id);
  }

  // ---- token ----

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function toLogin() {
    window.location.assign(LOGIN);
  }

  function authorized(init) {
    init = init || {};
    init.headers = init.headers || {};
    init.headers.Authorization = 'Bearer ' + token();
    return init;
  }

  function scheduleRenewal() {
    var at = Number(sessionStorage.getItem(EXPIRES_KEY));
    if (!isFinite(at) || at <= 0) {
      return;
    }
    setTimeout(renew, Math.max(0, at - RENEW_BEFORE_MS - Date.now()));
  }

  function renew() {
    fetch('/api/auth/token/renew', authorized({ method: 'POST' })).then(function (response) {
      if (response.status === 401) {
        toLogin();
        return null;
      }
      if (!response.ok) {
        throw new Error('renewal answered ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      if (answer) {
        sessionStorage.setItem(TOKEN_KEY, answer.accessToken);
        sessionStorage.setItem(EXPIRES_KEY, String(Date.now() + answer.expiresIn * 1000));
        scheduleRenewal();
      }
    }).catch(function () {
      setTimeout(renew, 10000);
    });
  }

  // ---- API ----

  function problemText(response) {
    return response.text().then(function (text) {
      try {
        var problem = JSON.parse(text);
        return problem.detail || problem.title || ('The service answered ' + response.status + '.');
      } catch (ignored) {
        return 'The service answered ' + response.status + '.';
      }
    });
  }

  // answers the parsed body, or fails with the problem's detail; a refused token goes to sign-in
  function call(method, path) {
    return fetch(path, authorized({ method: method, headers: { Accept: 'application/json' } }))
      .then(function (response) {
        if (response.status === 401) {
          toLogin();
          throw new Error('Signed out.');
        }
        if (!response.ok) {
          return problemText(response).then(function (detail) {
            var failure = new Error(detail);
            failure.status = response.status;
            throw failure;
          });
        }
        return response.status === 202 || response.status === 204
          ? response.text().then(function (text) { return text ? JSON.parse(text) : null; })
          : response.json();
      });
  }

  function say(text) {
    $('message').textContent = text || '';
  }

  function failed(failure) {
    say(failure.message);
  }

  // ---- formatting ----

  // a local date-time from the API, read on the UTC clock so the browser's own zone never shifts it
  function wallClock(text) {
    var parts = text.split(/[-T:]/).map(Number);
    return new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] || 0, parts[4] || 0));
  }

  function isoDay(date) {
    return date.toISOString().substring(0, 10);
  }

  function days(roster) {
    var first = wallClock(roster.firstDay);
    var all = [];
    for (var i = 0; i < roster.weeks * 7; i++) {
      all.push(new Date(first.getTime() + i * 86400000));
    }
    return all;
  }

  function scoreText(score) {
    if (!score) {
      return NONE;
    }
    return 'Hard ' + number.format(score.hard) + ' · Medium ' + number.format(score.medium)
      + ' · Soft ' + number.format(score.soft);
  }

  // ---- roster list ----

  function loadList(keep) {
    return call('GET', API).then(function (rosters) {
      var select = $('roster');
      var wanted = keep || new URLSearchParams(window.location.search).get('roster') || select.value;
      select.textContent = '';
      rosters.forEach(function (roster) {
        var option = document.createElement('option');
        option.value = roster.id;
        option.textContent = (roster.name || 'Unnamed') + ' — from ' + dayHeading.format(wallClock(roster.firstDay))
          + ', ' + number.format(roster.weeks) + (roster.weeks === 1 ? ' week' : ' weeks')
          + ' (' + STATUS_TEXT[roster.status] + ')';
        select.appendChild(option);
      });
      if (rosters.length === 0) {
        say('No roster yet: create one with POST ' + API + '.');
        return null;
      }
      var found = rosters.some(function (roster) { return roster.id === wanted; });
      select.value = found ? wanted : rosters[0].id;
      return select.value;
    });
  }

  function pick(id) {
    closeSource();
    page.roster = null;
    var url = new URL(window.location.href);
    url.searchParams.set('roster', id);
    window.history.replaceState(null, '', url.pathname + url.search);
    $('score-trail').textContent = '';
    return loadRoster(id).then(function (roster) {
      if (roster && roster.status === 'SOLVING') {
        listen(id);
      }
    });
  }

  // ---- one roster ----

  function loadRoster(id) {
    page.lastRefresh = Date.now();
    return Promise.all([
      call('GET', API + '/' + id),
      call('GET', API + '/' + id + '/coverage'),
      call('GET', API + '/' + id + '/explanation')
    ]).then(function (answers) {
      if ($('roster').value !== id) {
        return null; // another roster was picked meanwhile
      }
      var roster = answers[0];
      page.roster = roster;
      showStatus(roster.status, roster.publishedAt);
      showScore(roster.score);
      renderGrid(roster);
      renderCharts(roster, answers[1].intervals);
      renderExplanation(answers[2]);
      renderExports(roster);
      return roster;
    }).catch(failed);
  }

  function showStatus(status, publishedAt) {
    var shown = $('status');
    shown.textContent = STATUS_TEXT[status] || status;
    shown.setAttribute('data-status', status);
    $('published').textContent = publishedAt ? 'published ' + moment.format(new Date(publishedAt)) : 'not published';
    $('solve').disabled = status === 'SOLVING';
    $('stop').disabled = status !== 'SOLVING';
    $('publish').disabled = status !== 'SOLVED';
  }

  function showScore(score) {
    var shown = $('score');
    shown.textContent = '';
    if (!score) {
      shown.textContent = NONE;
    } else {
      // a level never breaks across lines, however narrow the column
      ['Hard ' + number.format(score.hard), 'Medium ' + number.format(score.medium),
        'Soft ' + number.format(score.soft)].forEach(function (text, index) {
        if (index > 0) {
          shown.appendChild(document.createTextNode(' · '));
        }
        var level = document.createElement('span');
        level.className = 'level';
        level.textContent = text;
        shown.appendChild(level);
      });
    }
    shown.setAttribute('data-hard', score ? String(score.hard) : '');
    shown.setAttribute('data-medium', score ? String(score.medium) : '');
    shown.setAttribute('data-soft', score ? String(score.soft) : '');
    shown.setAttribute('data-feasible', score ? String(score.feasible) : '');
    shown.setAttribute('data-events', String(page.events));
  }

  function addToTrail(score) {
    var trail = $('score-trail');
    var entry = document.createElement('li');
    entry.textContent = timeOfDay.format(new Date()) + ' — ' + scoreText(score);
    trail.insertBefore(entry, trail.firstChild);
    while (trail.children.length > TRAIL_LENGTH) {
      trail.removeChild(trail.lastChild);
    }
  }

  // ---- grid: agents × days ----

  function renderGrid(roster) {
    var horizon = days(roster);
    var head = $('grid-head');
    head.textContent = '';
    var corner = document.createElement('th');
    corner.scope = 'col';
    corner.textContent = 'Agent';
    head.appendChild(corner);
    horizon.forEach(function (day) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = dayHeading.format(day);
      th.setAttribute('data-date', isoDay(day));
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) {
        th.className = 'weekend';
      }
      head.appendChild(th);
    });

    var byAgentDay = {};
    roster.shifts.forEach(function (shift) {
      var key = shift.agentId + '|' + shift.date;
      (byAgentDay[key] = byAgentDay[key] || []).push(shift);
    });
    var rows = $('grid-rows');
    rows.textContent = '';
    (roster.agents || []).forEach(function (agent) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-agent', agent.id);
      var name = document.createElement('th');
      name.scope = 'row';
      name.textContent = agent.name || agent.id;
      name.title = agent.id;
      tr.appendChild(name);
      horizon.forEach(function (day) {
        var td = document.createElement('td');
        td.setAttribute('data-date', isoDay(day));
        if (day.getUTCDay() === 0 || day.getUTCDay() === 6) {
          td.className = 'weekend';
        }
        var shifts = byAgentDay[agent.id + '|' + isoDay(day)] || [];
        if (shifts.length === 0) {
          var off = document.createElement('span');
          off.className = 'off';
          off.textContent = 'off';
          td.appendChild(off);
        }
        shifts.forEach(function (shift) {
          td.appendChild(shiftCell(shift));
        });
        tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
  }

  function shiftCell(shift) {
    var cell = document.createElement('span');
    cell.className = 'shift';
    cell.setAttribute('data-queue', shift.queueId);
    cell.setAttribute('data-template', shift.templateId);
    cell.setAttribute('data-pinned', String(shift.pinned));
    cell.setAttribute('data-changed', String(shift.changed));
    var notes = [];
    if (shift.pinned) {
      notes.push('pinned');
    }
    if (shift.changed) {
      notes.push('changed since published');
    }
    cell.title = 'Shift ' + shift.templateId + (notes.length ? ' (' + notes.join(', ') + ')' : '');
    var time = document.createElement('span');
    time.className = 'time';
    time.textContent = clockTime.format(wallClock(shift.start)) + '–' + clockTime.format(wallClock(shift.end));
    var queue = document.createElement('span');
    queue.className = 'queue';
    queue.textContent = shift.queueId;
    cell.appendChild(time);
    cell.appendChild(queue);
    return cell;
  }

  // ---- charts: requirement against coverage per queue ----

  function renderCharts(roster, intervals) {
    var charts = $('charts');
    charts.textContent = '';
    var byQueue = {};
    var order = [];
    intervals.forEach(function (row) {
      if (!byQueue[row.queueId]) {
        byQueue[row.queueId] = [];
        order.push(row.queueId);
      }
      byQueue[row.queueId].push(row);
    });
    $('no-coverage').hidden = order.length > 0;
    order.forEach(function (queueId) {
      charts.appendChild(chart(roster, queueId, byQueue[queueId]));
    });
  }

  function chart(roster, queueId, rows) {
    var start = wallClock(roster.firstDay).getTime();
    var width = roster.weeks * 7 * 1440;
    var most = 1;
    rows.forEach(function (row) {
      most = Math.max(most, row.required, row.covered);
    });
    function x(time) {
      return Math.round((wallClock(time).getTime() - start) / 60000);
    }
    function y(value) {
      return (CHART_HEIGHT - (value / most) * (CHART_HEIGHT - 10)).toFixed(1);
    }

    var short = 0;
    var missing = 0;
    rows.forEach(function (row) {
      if (row.covered < row.required) {
        short++;
        missing += row.required - row.covered;
      }
    });

    var figure = document.createElement('figure');
    figure.className = 'chart';
    figure.setAttribute('data-queue', queueId);
    var title = document.createElement('h3');
    title.textContent = queueId;
    figure.appendChild(title);

    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + CHART_HEIGHT);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('data-queue', queueId);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', queueId + ': required and covered agents per interval; '
      + number.format(short) + ' of ' + number.format(rows.length) + ' intervals short');
    for (var day = 1; day < roster.weeks * 7; day++) {
      var line = document.createElementNS(SVG, 'path');
      line.setAttribute('class', 'day-line');
      line.setAttribute('d', 'M' + day * 1440 + ' 0V' + CHART_HEIGHT);
      svg.appendChild(line);
    }
    svg.appendChild(area(rows, x, y));
    svg.appendChild(steps(rows, x, y, 'required', 'required-line'));
    svg.appendChild(steps(rows, x, y, 'covered', 'covered-line'));
    figure.appendChild(svg);

    var labels = document.createElement('div');
    labels.className = 'days';
    labels.setAttribute('aria-hidden', 'true');
    days(roster).forEach(function (date) {
      var label = document.createElement('span');
      label.textContent = shortDay.format(date);
      labels.appendChild(label);
    });
    figure.appendChild(labels);

    var summary = document.createElement('figcaption');
    summary.className = 'chart-summary';
    summary.textContent = short === 0
      ? 'Every one of ' + number.format(rows.length) + ' intervals covered.'
      : number.format(short) + ' of ' + number.format(rows.length) + ' intervals short, '
        + number.format(missing) + ' agent-intervals missing (shaded).';
    figure.appendChild(summary);
    return figure;
  }

  // a step line: level across each interval, a gap where the queue has no demand
  function steps(rows, x, y, field, className) {
    var d = [];
    var end = null;
    rows.forEach(function (row) {
      var from = x(row.start);
      var level = y(row[field]);
      d.push((end === from ? 'L' : 'M') + from + ' ' + level);
      d.push('L' + x(row.end) + ' ' + level);
      end = x(row.end);
    });
    var path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', className);
    path.setAttribute('d', d.join(''));
    path.setAttribute('data-points', String(rows.length));
    return path;
  }

  function area(rows, x, y) {
    var d = [];
    rows.forEach(function (row) {
      if (row.covered < row.required) {
        d.push('M' + x(row.start) + ' ' + y(row.required) + 'H' + x(row.end) + 'V' + y(row.covered)
          + 'H' + x(row.start) + 'Z');
      }
    });
    var path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', 'short');
    path.setAttribute('d', d.join('') || 'M0 0');
    return path;
  }

  // ---- explanation ----

  function renderExplanation(explanation) {
    $('summary').textContent = explanation.summary || '';
    var list = $('explanation');
    list.textContent = '';
    explanation.broken.forEach(function (rule) {
      var item = document.createElement('li');
      item.setAttribute('data-constraint', rule.constraint);
      var level = document.createElement('span');
      level.className = 'level level-' + rule.level;
      level.textContent = rule.level + ' ';
      var name = document.createElement('strong');
      name.textContent = rule.constraint + ' (' + number.format(rule.penalty) + ')';
      item.appendChild(level);
      item.appendChild(name);
      var breaches = document.createElement('ul');
      rule.breaches.forEach(function (text) {
        var breach = document.createElement('li');
        breach.textContent = text;
        breaches.appendChild(breach);
      });
      item.appendChild(breaches);
      list.appendChild(item);
    });
  }

  // ---- exports: fetched with the token, then saved as a file ----

  function renderExports(roster) {
    $('csv').disabled = false;
    var list = $('calendars');
    list.textContent = '';
    (roster.agents || []).forEach(function (agent) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('data-agent', agent.id);
      button.textContent = 'Calendar: ' + (agent.name || agent.id);
      button.addEventListener('click', function () {
        download(API + '/' + roster.id + '/agents/' + encodeURIComponent(agent.id) + '/calendar.ics',
          'roster-' + agent.id + '.ics');
      });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function download(path, filename) {
    var status = $('download-status');
    status.textContent = 'Downloading ' + filename + '…';
    fetch(path, authorized()).then(function (response) {
      if (response.status === 401) {
        toLogin();
        throw new Error('Signed out.');
      }
      status.setAttribute('data-status', String(response.status));
      if (!response.ok) {
        return problemText(response).then(function (detail) { throw new Error(detail); });
      }
      return response.blob();
    }).then(function (blob) {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
      status.setAttribute('data-bytes', String(blob.size));
      status.textContent = 'Saved ' + filename + ' (' + number.format(blob.size) + ' bytes).';
    }).catch(function (failure) {
      status.textContent = 'Could not download ' + filename + ': ' + failure.message;
    });
  }

  // ---- solving ----

  function closeSource() {
    if (page.source) {
      page.source.close();
      page.source = null;
    }
    clearTimeout(page.refreshTimer);
  }

  // the score stream of a solve; an EventSource cannot send a header, so the token goes in the query
  function listen(id) {
    closeSource();
    var source = new EventSource(API + '/' + id + '/events?access_token=' + encodeURIComponent(token()));
    page.source = source;
    source.addEventListener('best-score', function (message) {
      var event = JSON.parse(message.data);
      page.events++;
      showStatus('SOLVING', page.roster && page.roster.publishedAt);
      showScore(event.score);
      addToTrail(event.score);
      refreshSoon(id);
    });
    source.addEventListener('solved', function (message) {
      var event = JSON.parse(message.data);
      // the stream ends after this; closing first keeps the browser from reconnecting
      closeSource();
      page.events++;
      showScore(event.score);
      say('Solve finished: ' + scoreText(event.score) + '.');
      loadRoster(id).then(function () { return loadList(id); }).catch(failed);
    });
    source.onerror = function () {
      if (page.source !== source) {
        return;
      }
      // a dropped stream: look at where the roster stands, and listen again if it is still solving
      closeSource();
      setTimeout(function () {
        if ($('roster').value === id) {
          loadRoster(id).then(function (roster) {
            if (roster && roster.status === 'SOLVING') {
              listen(id);
            }
          });
        }
      }, 2000);
    };
  }

  function refreshSoon(id) {
    clearTimeout(page.refreshTimer);
    var wait = Math.max(0, page.lastRefresh + REFRESH_WHILE_SOLVING_MS - Date.now());
    page.refreshTimer = setTimeout(function () {
      if (page.source && $('roster').value === id) {
        loadRoster(id);
      }
    }, wait);
  }

  function solve() {
    var id = $('roster').value;
    say('');
    $('score-trail').textContent = '';
    $('solve').disabled = true;
    call('POST', API + '/' + id + '/solve').then(function () {
      showStatus('SOLVING', page.roster && page.roster.publishedAt);
      listen(id);
      return loadList(id);
    }).catch(function (failure) {
      failed(failure);
      loadRoster(id);
    });
  }

  function stop() {
    var id = $('roster').value;
    $('stop').disabled = true;
    say('Stopping: the best roster found so far is kept.');
    call('POST', API + '/' + id + '/stop').catch(function (failure) {
      failed(failure);
      loadRoster(id);
    });
  }

  function publish() {
    var id = $('roster').value;
    $('publish').disabled = true;
    call('POST', API + '/' + id + '/publish').then(function (roster) {
      say('Published: re-plans now keep close to this roster.');
      return loadRoster(roster.id);
    }).catch(function (failure) {
      failed(failure);
      loadRoster(id);
    });
  }

  function start() {
    if (!token()) {
      toLogin();
      return;
    }
    scheduleRenewal();
    $('roster').addEventListener('change', function () { pick($('roster').value); });
    $('solve').addEventListener('click', solve);
    $('stop').addEventListener('click', stop);
    $('publish').addEventListener('click', publish);
    $('csv').addEventListener('click', function () {
      download(API + '/' + $('roster').value + '/roster.csv', 'roster.csv');
    });
    loadList().then(function (id) {
      if (id) {
        pick(id);
      }
    }).catch(failed);
  }

  start();
}());
