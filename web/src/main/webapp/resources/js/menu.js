/* At tablet width the header's menu folds behind one button, which opens and closes it. */
(function () {
  var toggle = document.getElementById('menuToggle');
  if (!toggle) {
    return;
  }
  toggle.addEventListener('click', function () {
    var open = toggle.closest('.zf-header').classList.toggle('zf-menu-open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
}());
