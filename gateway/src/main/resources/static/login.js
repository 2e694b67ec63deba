// Signs in against the gateway's token endpoint and keeps the token in sessionStorage, where the pages read it
// ("trialline.token"); it goes when the tab closes. ?next=/wallboard returns to that page afterwards.
(function () {
  'use strict';

  var form = document.getElementById('sign-in');
  var message = document.getElementById('message');

  // only a path on this gateway, never another site
  function nextPage() {
    var next = new URLSearchParams(window.location.search).get('next');
    return next && next.charAt(0) === '/' && next.charAt(1) !== '/' ? next : null;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message.textContent = 'Signing in…';
    fetch('/api/auth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: document.getElementById('username').value,
        password: document.getElementById('password').value
      })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(body.detail || 'Sign-in failed.');
        }
        return body;
      });
    }).then(function (token) {
      sessionStorage.setItem('trialline.token', token.accessToken);
      sessionStorage.setItem('trialline.tokenExpiresAt', String(Date.now() + token.expiresIn * 1000));
      var next = nextPage();
      if (next) {
        window.location.assign(next);
      } else {
        message.textContent = 'Signed in as ' + document.getElementById('username').value + '.';
      }
    }).catch(function (error) {
      message.textContent = error.message;
    });
  });
}());
