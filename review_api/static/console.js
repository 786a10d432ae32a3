/* 社区雷达 console: live countdowns and ECharts from each page's JSON data blocks (htmx, loaded
   beside this file, does the partial updates from the pages' hx-* attributes).
   No inline script anywhere (the Content-Security-Policy allows only this origin's files). */
(function () {
  "use strict";

  function span(ms) {
    var s = Math.floor(Math.abs(ms) / 1000);
    var d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600);
    var m = Math.floor((s % 3600) / 60), sec = s % 60;
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return (d ? d + "天" : "") + pad(h) + ":" + pad(m) + ":" + pad(sec);
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-due]").forEach(function (el) {
      var left = Date.parse(el.getAttribute("data-due")) - now;
      el.textContent = left >= 0 ? "剩余 " + span(left) : "已逾期 " + span(left);
      el.classList.toggle("late", left < 0);
    });
  }

  var PALETTE = ["#0b5394", "#a40e26", "#1a7f37", "#9a6700", "#6f42c1", "#0a7d8c", "#57606a"];

  function heatOption(d) {
    var values = d.data.map(function (c) { return c[2]; }).filter(function (v) { return v !== null; });
    return {
      tooltip: { position: "top" },
      grid: { left: 100, right: 20, top: 10, bottom: 80 },
      xAxis: { type: "category", data: d.x, splitArea: { show: true } },
      yAxis: { type: "category", data: d.y, splitArea: { show: true } },
      visualMap: {
        min: 0, max: values.length ? Math.max.apply(null, values) || 1 : 1, calculable: true,
        orient: "horizontal", left: "center", bottom: 10,
        inRange: { color: ["#f7fbff", "#fdae61", "#a40e26"] }
      },
      series: [{ type: "heatmap", data: d.data, label: { show: d.x.length * d.y.length <= 80 } }]
    };
  }

  function graphOption(d) {
    return {
      color: PALETTE,
      tooltip: {
        formatter: function (p) {
          return p.dataType === "node"
            ? p.data.id + " · " + p.data.platform + " · 阅读 " + p.data.value
            : p.data.source + " → " + p.data.target + " (" + p.data.kind + ")";
        }
      },
      legend: { data: d.categories, top: 0 },
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        force: { repulsion: 160, edgeLength: [40, 120] },
        categories: d.categories.map(function (c) { return { name: c }; }),
        data: d.nodes, links: d.links, edgeSymbol: ["none", "arrow"],
        label: { show: d.nodes.length <= 60, position: "right" },
        lineStyle: { color: "source", curveness: 0.1 }
      }]
    };
  }

  function drawCharts() {
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var block = document.getElementById(el.getAttribute("data-chart"));
      if (!block) { return; }
      if (typeof window.echarts === "undefined") { el.classList.add("no-chart"); return; }
      var data = JSON.parse(block.textContent);
      var chart = window.echarts.init(el);
      // "option": a page built the whole ECharts option as plain data (the CRM's and KPI charts).
      chart.setOption(
        data.kind === "heatmap" ? heatOption(data) : data.kind === "option" ? data.option : graphOption(data)
      );
      if (data.kind === "heatmap") {
        chart.on("click", function (p) {
          var table = document.getElementById("heat-table");
          if (!table) { return; }
          var row = table.tBodies[0].rows[p.data[1]];
          var link = row && row.cells[p.data[0] + 1].querySelector("a");
          if (link) { window.location.href = link.href; }
        });
      }
      el.setAttribute("data-drawn", "true");
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    window.setInterval(tick, 1000);
    // htmx swapped in part of the page (a refreshed incidents board): count down at once.
    document.body.addEventListener("htmx:afterSwap", tick);
    drawCharts();
  });
})();
