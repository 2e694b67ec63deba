/*
 * TrialLine wallboard. Stable DOM hooks (browser tests rely on them):
 *   body[data-stale], #board[data-stale]   "true" while the values shown may be out of date, else "false"
 *   #stale-banner                          visible only then: "Connection lost — showing values from HH:MM:SS"
 *   #group                                 the group picker (values as GET /api/kpi/groups answers them)
 *   [data-group="<group>"]                 first, for a group of several queues: the group's own totals, with
 *                                          the same fields as a queue's tile
 *   [data-queue="<queueId>"]               one tile per queue, data-status = worst of OK / WARN / ALERT
 *     [data-field="waiting"], "oldestWait", "agentsAvailable", "agentsOnContact", "agentsAfterContactWork",
 *     "agentsOnBreak", "serviceLevel", "abandonmentRate", "asa", "aht", "fcr", "csat", "conversion" (today)
 *     the same names with "30m" appended for the last 30 minutes: [data-field="serviceLevel30m"], ...
 *     judged measures (serviceLevel, oldestWait, abandonmentRate) carry data-status on their value element
 *     [data-field="trend"]                 the last hour's waiting and service level (SVG)
 *   [data-agent="<agentId>"]               one row per agent, data-state = the raw state (AVAILABLE, BREAK, ...)
 *     [data-field="name"], "state" (shown in words), "reason", "timeInState", "queue"
 * A value that is not known shows "—", never 0.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'trialline.token';
  var EXPIRES_KEY = 'trialline.tokenExpiresAt';
  var GROUP_KEY = 'trialline.wallboard.group';
  var LOGIN = '/login?next=/wallboard';
  var STALE_AFTER_MS = 5000; // the server sends a heartbeat every 5 s
  var RENEW_BEFORE_MS = 60000;
  var SAMPLE_EVERY_MS = 10000;
  var SAMPLES = 360; // an hour of one sample per 10 s
  // the key of the tile with the picked group's own totals; '*' is no queue id
  var GROUP_TILE = '*';
  var NONE = '—';
  var SVG = 'http://www.w3.org/2000/svg';

  var STATE_NAMES = {
    OFFLINE: 'Offline', AVAILABLE: 'Available', RESERVED: 'Reserved', ON_CONTACT: 'On contact',
    AFTER_CONTACT_WORK: 'After-contact work', BREAK: 'Break', TRAINING: 'Training', MEETING: 'Meeting'
  };
  var STATUS_TEXT = { OK: '✓ OK', WARN: '▲ Warning', ALERT: '✖ Alert' };
  var STATUS_RANK = { OK: 0, WARN: 1, ALERT: 2 };

  var percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
  var count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  var score = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var twoDigits = new Intl.NumberFormat(undefined, { minimumIntegerDigits: 2, useGrouping: false });
  var timeOfDay = new Intl.DateTimeFormat(undefined, {
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  });

  var board = {
    group: null,
    groupFeed: null,
    queueFeeds: {},
    tiles: {},
    agentRows: {},
    trends: {},
    clockOffset: 0, // server time minus this browser's time, from the heartbeats
    streamLead: 0, // how far the latest event time is ahead of the server's clock; 0 in live operation
    stale: false,
    renderPending: false
  };

  // ---- token ----

  function token() {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function expiresAt() {
    var at = Number(sessionStorage.getItem(EXPIRES_KEY));
    return isFinite(at) && at > 0 ? at : null;
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
    var at = expiresAt();
    if (at === null) {
      return;
    }
    var wait = Math.max(0, at - RENEW_BEFORE_MS - Date.now());
    setTimeout(renew, wait);
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
      var at = expiresAt();
      if (at !== null && at <= Date.now()) {
        toLogin();
      } else {
        setTimeout(renew, 10000);
      }
    });
  }

  // answers whether the token is still accepted, sending the browser to sign in when it is not
  function checkSignedIn() {
    return fetch('/api/kpi/groups', authorized()).then(function (response) {
      if (response.status === 401) {
        toLogin();
        return false;
      }
      return true;
    }, function () {
      return true;
    });
  }

  // ---- values ----

  function groupPath(group) {
    return encodeURIComponent(group).replace(/%3A/gi, ':');
  }

  // the same dotted keys as the feed: agents keyed by id, objects walked, arrays and empty objects kept whole
  function value(values, key) {
    var found = values ? values[key] : undefined;
    return found === undefined ? null : found;
  }

  // agent ids may hold dots; the field is after the last one
  function agentsOf(values) {
    var agents = {};
    Object.keys(values || {}).forEach(function (key) {
      if (key.indexOf('agents.') !== 0) {
        return;
      }
      var rest = key.substring('agents.'.length);
      var dot = rest.lastIndexOf('.');
      if (dot < 0) {
        return;
      }
      var id = rest.substring(0, dot);
      (agents[id] = agents[id] || { id: id })[rest.substring(dot + 1)] = values[key];
    });
    return agents;
  }

  // The centre's now: the server's clock, unless the event stream runs ahead of it, as a replay at many times real
  // speed does; then waits tick from the latest event time, as kpi-stream's own windows do.
  function serverNow() {
    return Date.now() + board.clockOffset + board.streamLead;
  }

  function noteStreamClock(asOf) {
    var at = Date.parse(asOf);
    if (!isNaN(at)) {
      board.streamLead = Math.max(0, at - (Date.now() + board.clockOffset));
    }
  }

  function secondsSince(instant) {
    var at = instant ? Date.parse(instant) : NaN;
    return isNaN(at) ? null : Math.max(0, (serverNow() - at) / 1000);
  }

  // ---- formats ----

  function asPercent(ratio) {
    return ratio === null || ratio === undefined ? NONE : percent.format(ratio);
  }

  function asCount(number) {
    return number === null || number === undefined ? NONE : count.format(number);
  }

  function asDuration(seconds) {
    if (seconds === null || seconds === undefined) {
      return NONE;
    }
    var whole = Math.floor(seconds);
    var hours = Math.floor(whole / 3600);
    var minutes = Math.floor((whole % 3600) / 60);
    var rest = whole % 60;
    return hours > 0
      ? count.format(hours) + ':' + twoDigits.format(minutes) + ':' + twoDigits.format(rest)
      : count.format(minutes) + ':' + twoDigits.format(rest);
  }

  function asScore(mean) {
    return mean === null || mean === undefined ? NONE : score.format(mean) + ' / 5';
  }

  // ---- feeds ----

  // what the board knows of one group: the values of its feed and when it was last heard from
  function Feed(group) {
    this.group = group;
    this.values = null;
    this.lastMessageAt = null;
    this.failing = false;
  }

  Feed.prototype.heard = function () {
    this.lastMessageAt = Date.now();
    this.failing = false;
  };

  Feed.prototype.fresh = function () {
    return !this.failing && this.lastMessageAt !== null && Date.now() - this.lastMessageAt <= STALE_AFTER_MS;
  };

  Feed.prototype.apply = function (message) {
    var values = message.kind === 'snapshot' ? {} : (this.values || {});
    (message.removed || []).forEach(function (key) { delete values[key]; });
    Object.keys(message.values || {}).forEach(function (key) { values[key] = message.values[key]; });
    this.values = values;
    this.heard();
  };

  function allFeeds() {
    var feeds = board.groupFeed ? [board.groupFeed] : [];
    Object.keys(board.queueFeeds).forEach(function (id) { feeds.push(board.queueFeeds[id]); });
    return feeds;
  }

  function feedOf(group) {
    return allFeeds().filter(function (feed) { return feed.group === group; })[0] || null;
  }

  function queueFeed(queueId) {
    if (queueId === GROUP_TILE || board.group === 'queue:' + queueId) {
      return board.groupFeed;
    }
    return board.queueFeeds[queueId] || null;
  }

  // One connection carries every group on the board: a browser opens at most six HTTP/1.1 connections to a host,
  // and a trial or the whole centre easily has more queues than that.
  var connection = { source: null, key: null, timer: null, retryMs: 1000, retrying: false };

  function disconnect() {
    clearTimeout(connection.timer);
    connection.retrying = false;
    if (connection.source) {
      connection.source.close();
    }
    connection.source = null;
    connection.key = null;
  }

  function connect() {
    var groups = allFeeds().map(function (feed) { return feed.group; });
    var key = groups.join('&');
    if (groups.length === 0 || (key === connection.key && connection.source)) {
      return;
    }
    disconnect();
    connection.key = key;
    var query = groups.map(function (group) { return 'group=' + encodeURIComponent(group); }).join('&');
    var source = new EventSource('/api/kpi/feed?' + query + '&access_token=' + encodeURIComponent(token()));
    connection.source = source;
    function onMessage(event) {
      var message = JSON.parse(event.data);
      var feed = feedOf(message.group);
      if (feed) {
        feed.apply(message);
        if (message.values && message.values.asOf && feed === board.groupFeed) {
          noteStreamClock(message.values.asOf);
        }
        connection.retryMs = 1000;
        changed();
      }
    }
    source.addEventListener('snapshot', onMessage);
    source.addEventListener('delta', onMessage);
    source.addEventListener('alert', function (event) {
      var feed = feedOf(JSON.parse(event.data).group);
      if (feed) {
        feed.heard();
      }
    });
    source.addEventListener('heartbeat', function (event) {
      var at = Date.parse(JSON.parse(event.data).serverTime);
      if (!isNaN(at)) {
        board.clockOffset = at - Date.now();
      }
      allFeeds().forEach(function (feed) { feed.heard(); });
    });
    source.onerror = function () {
      // the URL carries the token, so reconnect by hand with the latest one rather than let the browser reuse it
      disconnect();
      connection.retrying = true;
      allFeeds().forEach(function (feed) { feed.failing = true; });
      checkStale();
      var wait = connection.retryMs;
      connection.retryMs = Math.min(connection.retryMs * 2, 30000);
      connection.timer = setTimeout(function () {
        checkSignedIn().then(function (signedIn) {
          connection.retrying = false;
          if (signedIn) {
            connect();
          }
        });
      }, wait);
    };
  }

  // a feed per queue of the group beside the group's own; a queue group's own feed serves its only tile
  function syncQueueFeeds(queueIds) {
    var wanted = {};
    if (board.group.indexOf('queue:') !== 0) {
      queueIds.forEach(function (id) { wanted[id] = true; });
    }
    Object.keys(board.queueFeeds).forEach(function (id) {
      if (!wanted[id]) {
        delete board.queueFeeds[id];
      }
    });
    queueIds.forEach(function (id) {
      if (wanted[id] && !board.queueFeeds[id]) {
        board.queueFeeds[id] = new Feed('queue:' + id);
      }
    });
    if (!connection.retrying) {
      connect(); // reconnects only when the set of groups changed
    }
  }

  function showGroup(group) {
    disconnect();
    board.group = group;
    board.groupFeed = new Feed(group);
    board.queueFeeds = {};
    board.tiles = {};
    board.agentRows = {};
    document.getElementById('tiles').textContent = '';
    document.getElementById('agent-rows').textContent = '';
    localStorage.setItem(GROUP_KEY, group);
    var url = new URL(window.location.href);
    url.searchParams.set('group', group);
    window.history.replaceState(null, '', url.pathname + url.search);
    connect();
    render();
  }

  // ---- staleness ----

  function checkStale() {
    var feeds = allFeeds();
    // a feed still opening its first connection is not stale; one that failed or fell silent is
    var staleFeeds = feeds.filter(function (feed) {
      return feed.failing || (feed.lastMessageAt !== null && !feed.fresh());
    });
    // before the first values arrive there is nothing to call stale
    var shown = feeds.filter(function (feed) { return feed.lastMessageAt !== null; });
    var stale = shown.length > 0 && staleFeeds.length > 0;
    var banner = document.getElementById('stale-banner');
    if (stale) {
      var since = Math.min.apply(null, staleFeeds.map(function (feed) {
        return feed.lastMessageAt === null ? Date.now() : feed.lastMessageAt;
      }));
      banner.textContent = 'Connection lost — showing values from ' + timeOfDay.format(new Date(since));
    }
    if (stale !== board.stale) {
      board.stale = stale;
      document.body.setAttribute('data-stale', String(stale));
      document.getElementById('board').setAttribute('data-stale', String(stale));
      banner.hidden = !stale;
    }
  }

  // ---- rendering ----

  function changed() {
    if (!board.renderPending) {
      board.renderPending = true;
      setTimeout(function () {
        board.renderPending = false;
        render();
      }, 200);
    }
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text !== undefined) {
      made.textContent = text;
    }
    return made;
  }

  function measure(container, label, field, title) {
    var box = element('div', 'measure');
    box.appendChild(element('span', 'label', label));
    var shown = element('span', 'value', NONE);
    shown.setAttribute('data-field', field);
    box.appendChild(shown);
    box.title = title;
    container.appendChild(box);
    return box;
  }

  var KPI_ROWS = [
    { field: 'serviceLevel', label: 'Service level', key: 'serviceLevel', format: asPercent },
    { field: 'abandonmentRate', label: 'Abandoned', key: 'abandonmentRate', format: asPercent },
    { field: 'asa', label: 'ASA', key: 'asaSeconds', format: asDuration },
    { field: 'aht', label: 'AHT', key: 'ahtSeconds', format: asDuration },
    { field: 'fcr', label: 'FCR', key: 'firstContactResolution', format: asPercent },
    { field: 'csat', label: 'CSAT', key: 'csat', format: asScore },
    { field: 'conversion', label: 'Enrolled', key: 'funnel.conversion', format: asPercent }
  ];

  var AGENT_COUNTS = [
    { field: 'agentsAvailable', label: 'Available', state: 'AVAILABLE' },
    { field: 'agentsOnContact', label: 'On contact', state: 'ON_CONTACT' },
    { field: 'agentsAfterContactWork', label: 'After-contact work', state: 'AFTER_CONTACT_WORK' },
    { field: 'agentsOnBreak', label: 'Break', state: 'BREAK' }
  ];

  function serviceLevelDefinition(variant, seconds) {
    var t = seconds === null ? 'T' : count.format(seconds) + ' s';
    if (variant === 'ASTERISK') {
      return 'Service level (Asterisk-style): contacts answered within ' + t + ' ÷ all contacts answered';
    }
    if (variant === 'CONNECT') {
      return 'Service level (Connect-style): contacts answered or gone within ' + t
        + ' ÷ contacts that entered the queue, short abandons left out';
    }
    return 'Service level (standard): contacts answered within ' + t + ' ÷ (contacts answered + contacts that hung up'
      + ' after waiting longer than ' + t + '), short abandons left out';
  }

  var DEFINITIONS = {
    abandonmentRate: 'Abandonment rate: contacts that hung up while waiting ÷ contacts offered, short abandons left'
      + ' out of both',
    asa: 'ASA (average speed of answer): the mean time answered contacts waited in the queue',
    aht: 'AHT (average handle time): (talk + hold + after-contact work) ÷ contacts handled',
    fcr: 'FCR (first-contact resolution): handled contacts marked resolved on first contact ÷ handled contacts'
      + ' with a disposition',
    csat: 'CSAT: the mean score of post-contact surveys, from 1 to 5',
    conversion: 'Enrollment conversion: distinct patients enrolled ÷ distinct patients who called'
  };

  function buildTile(queueId) {
    var grouped = queueId === GROUP_TILE;
    var tile = element('article', grouped ? 'tile tile-group' : 'tile');
    tile.setAttribute(grouped ? 'data-group' : 'data-queue', grouped ? board.group : queueId);
    tile.setAttribute('data-status', 'OK');
    var head = element('header', 'tile-head');
    head.appendChild(element('h3', 'tile-name', grouped ? groupLabel(board.group) + ' — total' : queueId));
    var badge = element('span', 'badge', STATUS_TEXT.OK);
    badge.setAttribute('data-field', 'status');
    head.appendChild(badge);
    tile.appendChild(head);

    var big = element('div', 'big');
    measure(big, 'Waiting', 'waiting', 'Contacts waiting: in the queue now, neither answered nor gone');
    measure(big, 'Oldest wait', 'oldestWait',
      'Oldest wait: how long the contact waiting longest has waited so far (now − when it entered the queue)');
    tile.appendChild(big);

    var agents = element('div', 'agent-counts');
    AGENT_COUNTS.forEach(function (row) {
      measure(agents, row.label, row.field, 'Agents serving this queue who are ' + row.label.toLowerCase()
        + ' now, each counted once');
    });
    tile.appendChild(agents);

    var table = element('table', 'kpis');
    var head2 = element('tr');
    head2.appendChild(element('th', null, ''));
    head2.appendChild(element('th', null, 'Today'));
    head2.appendChild(element('th', null, 'Last 30 min'));
    var thead = element('thead');
    thead.appendChild(head2);
    table.appendChild(thead);
    var body = element('tbody');
    KPI_ROWS.forEach(function (row) {
      var line = element('tr');
      line.setAttribute('data-row', row.field);
      line.appendChild(element('th', null, row.label));
      [row.field, row.field + '30m'].forEach(function (field) {
        var cell = element('td', 'value', NONE);
        cell.setAttribute('data-field', field);
        line.appendChild(cell);
      });
      line.title = DEFINITIONS[row.field] || '';
      body.appendChild(line);
    });
    table.appendChild(body);
    tile.appendChild(table);

    var trend = element('figure', 'trend');
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 360 60');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('data-field', 'trend');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Waiting and service level over the last hour');
    ['waiting-line', 'sl-line'].forEach(function (name) {
      var path = document.createElementNS(SVG, 'path');
      path.setAttribute('class', name);
      svg.appendChild(path);
    });
    trend.appendChild(svg);
    var legend = element('figcaption', 'legend');
    legend.appendChild(element('span', 'key-waiting', '— waiting'));
    legend.appendChild(element('span', 'key-sl', '- - service level, last hour'));
    trend.appendChild(legend);
    tile.appendChild(trend);
    return tile;
  }

  function field(container, name) {
    return container.querySelector('[data-field="' + name + '"]');
  }

  function setText(target, text) {
    if (target && target.textContent !== text) {
      target.textContent = text;
    }
  }

  function setStatus(target, status) {
    if (!target) {
      return;
    }
    var current = status || 'OK';
    target.setAttribute('data-status', current);
    var box = target.closest('.measure, tr');
    if (box) {
      box.setAttribute('data-status', current);
    }
  }

  function judgeOldestWait(values, seconds) {
    var warn = value(values, 'thresholds.oldestWaitWarnSeconds');
    var alert = value(values, 'thresholds.oldestWaitAlertSeconds');
    if (seconds === null || warn === null || alert === null) {
      return value(values, 'status.oldestWait') || 'OK';
    }
    return seconds > alert ? 'ALERT' : seconds > warn ? 'WARN' : 'OK';
  }

  function updateTile(queueId, ticking) {
    var tile = board.tiles[queueId];
    var feed = queueFeed(queueId);
    var values = feed ? feed.values : null;
    if (!tile) {
      return;
    }
    var waiting = value(values, 'waiting');
    var oldestAt = waiting ? value(values, 'oldestEnqueuedAt') : null;
    var oldest = oldestAt ? secondsSince(oldestAt) : null;
    setText(field(tile, 'oldestWait'), asDuration(oldest));
    var waitStatus = values ? judgeOldestWait(values, oldest) : 'OK';
    setStatus(field(tile, 'oldestWait'), waitStatus);
    var statuses = {
      serviceLevel: value(values, 'status.serviceLevel') || 'OK',
      abandonmentRate: value(values, 'status.abandonmentRate') || 'OK',
      oldestWait: waitStatus
    };
    var worst = 'OK';
    Object.keys(statuses).forEach(function (name) {
      if (STATUS_RANK[statuses[name]] > STATUS_RANK[worst]) {
        worst = statuses[name];
      }
    });
    tile.setAttribute('data-status', worst);
    setText(field(tile, 'status'), STATUS_TEXT[worst]);
    if (ticking) {
      return;
    }
    setText(field(tile, 'waiting'), asCount(waiting));
    AGENT_COUNTS.forEach(function (row) {
      // once the group is known, a state nobody is in counts 0
      var known = values && value(values, 'version') !== null;
      var number = value(values, 'agentsByState.' + row.state);
      setText(field(tile, row.field), asCount(number === null && known ? 0 : number));
    });
    KPI_ROWS.forEach(function (row) {
      setText(field(tile, row.field), row.format(value(values, 'windows.today.' + row.key)));
      setText(field(tile, row.field + '30m'), row.format(value(values, 'windows.30m.' + row.key)));
    });
    setStatus(field(tile, 'serviceLevel'), statuses.serviceLevel);
    setStatus(field(tile, 'abandonmentRate'), statuses.abandonmentRate);
    var target = value(values, 'serviceLevelTarget');
    var definition = serviceLevelDefinition(
      value(values, 'windows.today.serviceLevelVariant'), value(values, 'serviceLevelSeconds'));
    field(tile, 'serviceLevel').closest('tr').title = definition
      + (target === null ? '' : '; target ' + asPercent(target));
  }

  function sampleTrends() {
    Object.keys(board.tiles).forEach(function (queueId) {
      var feed = queueFeed(queueId);
      var values = feed ? feed.values : null;
      var ring = board.trends[queueId] = board.trends[queueId] || [];
      ring.push({
        waiting: feed && feed.fresh() ? value(values, 'waiting') : null,
        serviceLevel: feed && feed.fresh() ? value(values, 'windows.today.serviceLevel') : null
      });
      if (ring.length > SAMPLES) {
        ring.splice(0, ring.length - SAMPLES);
      }
      drawTrend(queueId);
    });
  }

  function pathOf(ring, pick, scale) {
    var drawn = '';
    var gap = true;
    var offset = SAMPLES - ring.length;
    ring.forEach(function (sample, index) {
      var figure = pick(sample);
      if (figure === null || figure === undefined) {
        gap = true;
        return;
      }
      var y = 58 - Math.max(0, Math.min(1, figure / scale)) * 56;
      drawn += (gap ? 'M' : 'L') + (offset + index) + ' ' + y.toFixed(1) + ' ';
      gap = false;
    });
    return drawn.trim();
  }

  function drawTrend(queueId) {
    var tile = board.tiles[queueId];
    var ring = board.trends[queueId] || [];
    if (!tile) {
      return;
    }
    var most = 5;
    ring.forEach(function (sample) {
      if (sample.waiting !== null && sample.waiting > most) {
        most = sample.waiting;
      }
    });
    var svg = field(tile, 'trend');
    svg.querySelector('.waiting-line').setAttribute('d', pathOf(ring, function (s) { return s.waiting; }, most));
    svg.querySelector('.sl-line').setAttribute('d', pathOf(ring, function (s) { return s.serviceLevel; }, 1));
  }

  function queueIdsOfGroup() {
    if (board.group && board.group.indexOf('queue:') === 0) {
      return [board.group.substring('queue:'.length)];
    }
    var queues = board.groupFeed ? value(board.groupFeed.values, 'queues') : null;
    return Array.isArray(queues) ? queues.slice().sort() : [];
  }

  function renderTiles() {
    var queueIds = queueIdsOfGroup();
    syncQueueFeeds(queueIds);
    // a group of several queues opens with its own totals; a single queue's tile is its total
    var ids = queueIds.length > 0 && board.group.indexOf('queue:') !== 0 ? [GROUP_TILE].concat(queueIds) : queueIds;
    var container = document.getElementById('tiles');
    Object.keys(board.tiles).forEach(function (id) {
      if (ids.indexOf(id) < 0) {
        container.removeChild(board.tiles[id]);
        delete board.tiles[id];
        delete board.trends[id];
      }
    });
    ids.forEach(function (id) {
      if (!board.tiles[id]) {
        board.tiles[id] = buildTile(id);
        drawTrend(id);
      }
      container.appendChild(board.tiles[id]); // keeps the sorted order
      updateTile(id, false);
    });
    document.getElementById('no-queues').hidden = ids.length > 0 || !board.groupFeed || !board.groupFeed.values;
  }

  function buildAgentRow(id) {
    var row = element('tr');
    row.setAttribute('data-agent', id);
    ['name', 'state', 'reason', 'timeInState', 'queue'].forEach(function (name) {
      var cell = element('td', name === 'timeInState' ? 'number' : null, NONE);
      cell.setAttribute('data-field', name);
      row.appendChild(cell);
    });
    return row;
  }

  function renderAgents(ticking) {
    var agents = agentsOf(board.groupFeed ? board.groupFeed.values : null);
    var ids = Object.keys(agents).sort(function (a, b) {
      var left = agents[a].name || a;
      var right = agents[b].name || b;
      return left.localeCompare(right);
    });
    var body = document.getElementById('agent-rows');
    if (!ticking) {
      Object.keys(board.agentRows).forEach(function (id) {
        if (!agents[id]) {
          body.removeChild(board.agentRows[id]);
          delete board.agentRows[id];
        }
      });
    }
    ids.forEach(function (id) {
      var agent = agents[id];
      var row = board.agentRows[id];
      if (!row) {
        row = board.agentRows[id] = buildAgentRow(id);
      }
      if (!ticking) {
        body.appendChild(row);
        row.setAttribute('data-state', agent.state || '');
        setText(field(row, 'name'), agent.name || id);
        setText(field(row, 'state'), agent.state ? (STATE_NAMES[agent.state] || agent.state) : NONE);
        setText(field(row, 'reason'), agent.reason || NONE);
        setText(field(row, 'queue'), agent.queueId || NONE);
      }
      setText(field(row, 'timeInState'), asDuration(agent.since ? secondsSince(agent.since) : null));
    });
    document.getElementById('no-agents').hidden = ids.length > 0 || !board.groupFeed || !board.groupFeed.values;
  }

  function render() {
    renderTiles();
    renderAgents(false);
    checkStale();
  }

  function tick() {
    Object.keys(board.tiles).forEach(function (id) { updateTile(id, true); });
    renderAgents(true);
    setText(document.getElementById('clock'), timeOfDay.format(new Date(serverNow())));
    checkStale();
  }

  // ---- start ----

  function groupLabel(group) {
    if (group === 'all') {
      return 'All queues';
    }
    var colon = group.indexOf(':');
    var kind = group.substring(0, colon);
    var name = group.substring(colon + 1);
    return (kind === 'trial' ? 'Trial ' : kind === 'language' ? 'Language ' : 'Queue ') + name;
  }

  function loadGroups(wanted) {
    return fetch('/api/kpi/groups', authorized()).then(function (response) {
      if (response.status === 401) {
        toLogin();
        return null;
      }
      if (!response.ok) {
        throw new Error('groups answered ' + response.status);
      }
      return response.json();
    }).then(function (groups) {
      if (!groups) {
        return null;
      }
      var picker = document.getElementById('group');
      picker.textContent = '';
      if (groups.indexOf(wanted) < 0) {
        groups = groups.concat([wanted]);
      }
      groups.forEach(function (group) {
        var option = element('option', null, groupLabel(group));
        option.value = group;
        picker.appendChild(option);
      });
      picker.value = wanted;
      return wanted;
    });
  }

  function start() {
    var at = expiresAt();
    if (!token() || (at !== null && at <= Date.now())) {
      toLogin();
      return;
    }
    scheduleRenewal();
    var wanted = new URLSearchParams(window.location.search).get('group')
      || localStorage.getItem(GROUP_KEY) || 'all';
    document.getElementById('group').addEventListener('change', function (event) {
      showGroup(event.target.value);
    });
    loadGroups(wanted).catch(function () {
      return wanted; // the feed will say whether the group exists; the picker fills on the next load
    }).then(function (group) {
      if (group) {
        showGroup(group);
      }
    });
    setInterval(tick, 1000);
    setInterval(sampleTrends, SAMPLE_EVERY_MS);
  }

  start();
}());
