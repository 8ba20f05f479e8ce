// Upload forms of the protection tools (form[data-progress]): sends the form with
// XMLHttpRequest so a <progress> bar can show how much of a large file has gone up, then shows
// the answer as a plain form post would: a page replaces this one, a file is downloaded. Without
// JavaScript, or where the browser lacks what this needs, the form posts as usual. No inline
// script: the page's CSP allows only files like this one.
(function () {
  'use strict';
  if (typeof FormData !== 'function' || typeof XMLHttpRequest !== 'function' || !window.URL) {
    return;
  }
  var forms = document.querySelectorAll('form[data-progress]');
  Array.prototype.forEach.call(forms, function (form) {
    var bar = form.querySelector('progress');
    var status = form.querySelector('.upload-status');
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      var data = new FormData(form);
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
      var file = form.querySelector('input[type=file]');
      // Small or no uploads go as a plain post (nothing to watch), with the button pressed.
      if (!file || !file.files || !file.files[0] || file.files[0].size < 512 * 1024) {
        return;
      }
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.responseType = 'blob';
      if (bar) {
        bar.hidden = false;
        bar.value = 0;
      }
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable && bar) {
          bar.max = e.total;
          bar.value = e.loaded;
          if (status) {
            status.textContent = Math.round((100 * e.loaded) / e.total) + '%';
          }
        }
      });
      xhr.upload.addEventListener('load', function () {
        if (status) {
          status.textContent = status.getAttribute('data-working') || '';
        }
      });
      xhr.addEventListener('load', function () {
        var type = xhr.getResponseHeader('Content-Type') || '';
        var disposition = xhr.getResponseHeader('Content-Disposition') || '';
        if (disposition.indexOf('attachment') >= 0) {
          var name = 'download';
          var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
          var plain = /filename="([^"]+)"/i.exec(disposition);
          if (star) {
            name = decodeURIComponent(star[1]);
          } else if (plain) {
            name = plain[1];
          }
          var link = document.createElement('a');
          link.href = URL.createObjectURL(xhr.response);
          link.download = name;
          document.body.appendChild(link);
          link.click();
          setTimeout(function () {
            URL.revokeObjectURL(link.href);
            link.remove();
          }, 10000);
          if (bar) {
            bar.hidden = true;
          }
          if (status) {
            status.textContent = status.getAttribute('data-done') || '';
          }
          return;
        }
        if (type.indexOf('text/html') === 0) {
          xhr.response.text().then(function (html) {
            document.open();
            document.write(html);
            document.close();
          });
          return;
        }
        form.submit();
      });
      xhr.addEventListener('error', function () {
        if (status) {
          status.textContent = status.getAttribute('data-failed') || '';
        }
      });
      xhr.send(data);
    });
  });
})();
