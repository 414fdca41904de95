// Starts Swagger UI on /api/docs. A file of its own (not the webjar's swagger-initializer.js and no inline
// script), so the page's Content-Security-Policy can allow scripts from this site only.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/api/openapi.json',
        dom_id: '#swagger-ui',
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
        validatorUrl: null // never send the document to an outside validator
    });
});
