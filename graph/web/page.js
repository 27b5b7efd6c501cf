// The query page: YASGUI against this server's /sparql. `?query=...` in the URL runs that query on load.
(function () {
  const endpoint = window.location.origin + "/sparql";
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,  // nothing kept in localStorage between visits
    endpointCatalogueOptions: { getData: function () { return []; } },
    yasqe: { resizeable: true, editorHeight: "260px" },
  });
  const tab = yasgui.getTab();
  const params = new URLSearchParams(window.location.search);
  if (params.get("query")) {
    tab.setQuery(params.get("query"));
    tab.query();
  }
  fetch("/queries").then(function (r) { return r.json(); }).then(function (queries) {
    const select = document.getElementById("named");
    queries.forEach(function (q) {
      const option = document.createElement("option");
      option.value = q.text; option.textContent = q.name; option.title = q.description;
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      if (select.value) { tab.setQuery(select.value); }
    });
  });
})();
