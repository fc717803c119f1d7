/*
 * Draws a project's process with bpmn-js (packaged with ZoneFlow, no CDN): the steps it waits in highlighted,
 * the elements it passed marked. The page names the BPMN's address and both sets of element ids; the drawing
 * fetches the BPMN with the user's own session, so it shows only what the user may see.
 */
(function () {
    'use strict';

    function ids(list) {
        return (list || '').split(' ').filter(function (id) { return id.length > 0; });
    }

    function mark(viewer, list, marker) {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        ids(list).forEach(function (id) {
            if (registry.get(id)) {
                canvas.addMarker(id, marker);
            }
        });
    }

    function draw(container) {
        var viewer = new BpmnJS({ container: container.querySelector('.zf-diagram-canvas') });
        fetch(container.dataset.src, { credentials: 'same-origin', headers: { 'Accept': 'application/xml' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('BPMN not available: ' + response.status);
                }
                return response.text();
            })
            .then(function (xml) { return viewer.importXML(xml); })
            .then(function () {
                mark(viewer, container.dataset.passed, 'zf-step-passed');
                mark(viewer, container.dataset.current, 'zf-step-current');
                viewer.get('canvas').zoom('fit-viewport', 'auto');
                container.classList.add('zf-diagram-drawn');
            })
            .catch(function () {
                container.querySelector('.zf-diagram-failed').hidden = false;
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-zf-diagram]').forEach(draw);
    });
})();
