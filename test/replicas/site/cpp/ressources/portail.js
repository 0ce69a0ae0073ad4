// The portal replica's own scripts: a tiny select2, Bootstrap-like collapses and modal, the deposit window,
// the "Analyse en cours" step, the structure search, a field shown with a choice, the attachments' rows.
// No library, no network: everything is local.
(function () {
  'use strict';

  // --- select2 (a span.select2 beside the hidden <select>; typing filters a ul of li results) -------------
  function captionOf(select) {
    var option = select.options[select.selectedIndex];
    return option ? option.text : '';
  }
  function initSelect2(select) {
    var id = select.id;
    select.classList.add('select2-hidden-accessible');
    select.setAttribute('tabindex', '-1');
    select.setAttribute('aria-hidden', 'true');
    var container = document.createElement('span');
    container.className = 'select2 select2-container select2-container--default';
    container.setAttribute('dir', 'ltr');
    var selection = document.createElement('span');
    selection.className = 'selection';
    var combo = document.createElement('span');
    combo.className = 'select2-selection select2-selection--single';
    combo.setAttribute('role', 'combobox');
    combo.setAttribute('aria-haspopup', 'true');
    combo.setAttribute('aria-expanded', 'false');
    combo.setAttribute('tabindex', '0');
    combo.setAttribute('aria-labelledby', 'select2-' + id + '-container');
    var rendered = document.createElement('span');
    rendered.className = 'select2-selection__rendered';
    rendered.id = 'select2-' + id + '-container';
    rendered.setAttribute('role', 'textbox');
    rendered.setAttribute('aria-readonly', 'true');
    var arrow = document.createElement('span');
    arrow.className = 'select2-selection__arrow';
    combo.appendChild(rendered);
    combo.appendChild(arrow);
    selection.appendChild(combo);
    container.appendChild(selection);
    select.insertAdjacentElement('afterend', container);

    function render() {
      rendered.textContent = captionOf(select);
      rendered.title = captionOf(select);
    }
    var dropdown = null;
    function close() {
      if (dropdown) dropdown.remove();
      dropdown = null;
      combo.setAttribute('aria-expanded', 'false');
    }
    function open() {
      if (dropdown) return close();
      dropdown = document.createElement('span');
      dropdown.className = 'select2-dropdown';
      var search = document.createElement('input');
      search.className = 'select2-search__field';
      search.type = 'search';
      search.setAttribute('aria-label', 'Rechercher');
      var list = document.createElement('ul');
      list.className = 'select2-results__options';
      list.setAttribute('role', 'listbox');
      function fill() {
        list.textContent = '';
        var query = search.value.toLowerCase();
        Array.prototype.forEach.call(select.options, function (option, index) {
          if (!option.value || option.text.toLowerCase().indexOf(query) === -1) return;
          var item = document.createElement('li');
          item.className = 'select2-results__option';
          item.setAttribute('role', 'option');
          item.textContent = option.text;
          item.addEventListener('mouseenter', function () { item.classList.add('select2-results__option--highlighted'); });
          item.addEventListener('mouseleave', function () { item.classList.remove('select2-results__option--highlighted'); });
          item.addEventListener('mousedown', function (event) {
            event.preventDefault();
            select.selectedIndex = index;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            close();
          });
          list.appendChild(item);
        });
      }
      search.addEventListener('input', fill);
      dropdown.appendChild(search);
      dropdown.appendChild(list);
      container.appendChild(dropdown);
      combo.setAttribute('aria-expanded', 'true');
      fill();
      search.focus();
    }
    combo.addEventListener('click', open);
    combo.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') { event.preventDefault(); open(); }
    });
    document.addEventListener('mousedown', function (event) { if (dropdown && !container.contains(event.target)) close(); });
    // As jQuery's select2 does: a change of the <select> updates the caption.
    select.addEventListener('change', render);
    render();
  }
  Array.prototype.forEach.call(document.querySelectorAll('select.js-select2'), initSelect2);

  // --- Bootstrap collapses -------------------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll('[data-toggle="collapse"]'), function (toggle) {
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      var target = document.querySelector(toggle.getAttribute('data-target'));
      if (!target) return;
      var open = target.classList.toggle('in');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });

  // --- Deposit window: opens without a page load, then "Analyse en cours", then the recognised form --------
  var depot = document.getElementById('GFE_DepotFacture_Fenetre');
  function openDepot() {
    depot.classList.add('in');
    depot.style.display = 'block';
    var first = depot.querySelector('input, select');
    if (first) first.focus();
  }
  function closeDepot() {
    depot.classList.remove('in');
    depot.style.display = '';
  }
  if (depot) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-target="#GFE_DepotFacture_Fenetre"]'), function (link) {
      link.addEventListener('click', function (event) { event.preventDefault(); openDepot(); });
    });
    Array.prototype.forEach.call(depot.querySelectorAll('[data-fermer]'), function (button) { button.addEventListener('click', closeDepot); });
    if (location.hash === '#depot') openDepot();
    var analyse = document.getElementById('GFE_DepotFacture_Analyse');
    var pending = null;
    document.getElementById('GFE_DepotFacture_Formulaire').addEventListener('submit', function (event) {
      event.preventDefault();
      closeDepot();
      analyse.hidden = false;
      // The analysis takes a few seconds on the portal; ?analyse=ms shortens or lengthens it for tests.
      var match = /[?&]analyse=(\d+)/.exec(location.search);
      var delay = match ? Number(match[1]) : 1500;
      pending = setTimeout(function () { location.href = '/cpp/saisieReconnue?execution=e3s3'; }, delay);
    });
    analyse.querySelector('[data-annuler-analyse]').addEventListener('click', function () {
      clearTimeout(pending);
      analyse.hidden = true;
    });
  }

  // --- Fields shown with some choice only (« Motif d'exonération » with « Exonération »), like jQuery's show()/hide()
  Array.prototype.forEach.call(document.querySelectorAll('[data-affiche-si]'), function (group) {
    var control = document.getElementById(group.getAttribute('data-affiche-si'));
    if (!control) return;
    control.addEventListener('change', function () {
      group.style.display = control.value === group.getAttribute('data-affiche-si-valeur') ? '' : 'none';
    });
  });

  // --- « PIÈCES JOINTES »: each file chosen becomes a row (Type, Désignation, Nom du fichier), the input is emptied
  Array.prototype.forEach.call(document.querySelectorAll('input[type=file][data-pieces-jointes]'), function (input) {
    var body = document.getElementById(input.getAttribute('data-pieces-jointes')).querySelector('tbody');
    input.addEventListener('change', function () {
      Array.prototype.forEach.call(input.files, function (file) {
        var row = document.createElement('tr');
        [ 'Pièce jointe complémentaire', file.name.replace(/\.[^.]*$/, ''), file.name ].forEach(function (text) {
          var cell = document.createElement('td');
          cell.textContent = text;
          row.appendChild(cell);
        });
        var actions = document.createElement('td');
        var remove = document.createElement('input');
        remove.type = 'button';
        remove.className = 'btn btn-secondaire';
        remove.value = 'Supprimer';
        remove.setAttribute('aria-label', 'Supprimer ' + file.name);
        remove.addEventListener('click', function () { row.remove(); });
        actions.appendChild(remove);
        row.appendChild(actions);
        body.appendChild(row);
      });
      input.value = '';
    });
  });

  // --- "Rechercher une structure": a small search window that fills SIRET and Raison sociale -------------
  var recherche = document.getElementById('GFE_RechercheStructure_Fenetre');
  if (recherche) {
    var KNOWN = [['21420218600018', 'VILLE DE SAINT ETIENNE'], ['21690123100011', 'VILLE DE LYON'], ['11000201100044', 'MINISTERE DE LA CULTURE']];
    var siretField = null;
    var nameField = null;
    Array.prototype.forEach.call(document.querySelectorAll('[data-recherche="structure"]'), function (button) {
      button.addEventListener('click', function () {
        var row = button.closest('.form-group, tr, .panel-body, fieldset');
        siretField = button.parentElement.parentElement.querySelector('input[type=text]') || row.querySelector('input[type=text]');
        var inputs = Array.prototype.slice.call(document.querySelectorAll('form input[type=text]'));
        nameField = inputs[inputs.indexOf(siretField) + 1] || null;
        recherche.hidden = false;
        document.getElementById('GFE_RechercheStructure_Criteres_Identifiant').focus();
      });
    });
    recherche.querySelector('[data-fermer]').addEventListener('click', function () { recherche.hidden = true; });
    document.getElementById('GFE_RechercheStructure_Criteres_BoutonRechercher').addEventListener('click', function () {
      var query = document.getElementById('GFE_RechercheStructure_Criteres_Identifiant').value.replace(/\s/g, '').toLowerCase();
      var table = document.getElementById('GFE_RechercheStructure_Resultats');
      var body = table.querySelector('tbody');
      body.textContent = '';
      KNOWN.filter(function (entry) { return entry[0].indexOf(query) !== -1 || entry[1].toLowerCase().indexOf(query) !== -1; }).forEach(function (entry) {
        var row = document.createElement('tr');
        var pick = document.createElement('button');
        pick.type = 'button';
        pick.className = 'btn btn-secondaire';
        pick.textContent = '✓';
        pick.setAttribute('aria-label', 'Sélectionner ' + entry[1]);
        pick.addEventListener('click', function () {
          siretField.value = entry[0];
          siretField.dispatchEvent(new Event('change', { bubbles: true }));
          if (nameField) { nameField.value = entry[1]; nameField.dispatchEvent(new Event('change', { bubbles: true })); }
          recherche.hidden = true;
        });
        var cells = [document.createElement('td'), document.createElement('td'), document.createElement('td')];
        cells[0].appendChild(pick);
        cells[1].textContent = entry[0];
        cells[2].textContent = entry[1];
        cells.forEach(function (cell) { row.appendChild(cell); });
        body.appendChild(row);
      });
      table.hidden = false;
    });
  }
})();
