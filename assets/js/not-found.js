// 404.html is served at whatever address was missing, however deep (/guide/chapters/nope/x.html),
// so its links, written from the site's root, would miss. The page tries this script one folder up
// at a time; the first copy that loads knows the site's root from its own address, points the
// page's links and forms there, and loads the scripts every page has. Later copies do nothing.
(function () {
  'use strict';
  if (window.GUIDE_ROOT_FOUND) { return; }
  var self = document.currentScript && document.currentScript.src;
  if (!self) { return; }
  window.GUIDE_ROOT_FOUND = true;
  var root = self.replace(/js\/not-found\.js(\?.*)?$/, '');
  var external = /^([a-z][a-z0-9+.-]*:|#|\/)/i;

  function fromRoot(element, attribute) {
    var value = element.getAttribute(attribute);
    if (value !== null && !external.test(value)) { element.setAttribute(attribute, root + value); }
  }

  document.querySelectorAll('a[href], link[rel="icon"]').forEach(function (a) { fromRoot(a, 'href'); });
  document.querySelectorAll('form[action]').forEach(function (form) { fromRoot(form, 'action'); });
  document.querySelectorAll('form[data-root]').forEach(function (form) { form.setAttribute('data-root', root); });

  ['theme', 'tips', 'search', 'menu', 'contents'].forEach(function (name) {
    var script = document.createElement('script');
    script.src = root + 'js/' + name + '.js';
    script.async = false; // in this order, as on every other page
    document.head.appendChild(script);
  });
})();
