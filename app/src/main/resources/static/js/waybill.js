// The waybill page: shows the chosen photo in a canvas (on the phone: nothing is sent until the
// form is submitted) and lets the user drag boxes over the parts to black out. The boxes go to the
// server in the hidden "areas" field as x,y,width,height fractions of the upright picture, so they
// do not depend on the size the picture is shown at. createImageBitmap applies the photo's EXIF
// orientation as the server does. No inline script: the page's CSP allows only this file.
(function () {
  'use strict';
  var form = document.getElementById('waybill-form');
  if (!form) {
    return;
  }
  var fileInput = document.getElementById('file');
  var drawing = document.getElementById('waybill-drawing');
  var canvas = document.getElementById('waybill-canvas');
  var areasField = document.getElementById('areas');
  var countText = document.getElementById('area-count');
  var ctx = canvas.getContext('2d');
  var bitmap = null;
  var boxes = [];
  var dragStart = null;
  var dragNow = null;

  function render() {
    if (!bitmap) {
      return;
    }
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#000';
    boxes.forEach(function (b) {
      ctx.fillRect(b.x * canvas.width, b.y * canvas.height, b.w * canvas.width, b.h * canvas.height);
    });
    if (dragStart && dragNow) {
      var r = rect(dragStart, dragNow);
      ctx.fillStyle = 'rgba(0, 0, 0, 0.6)';
      ctx.fillRect(r.x * canvas.width, r.y * canvas.height, r.w * canvas.width, r.h * canvas.height);
      ctx.strokeStyle = '#d00';
      ctx.lineWidth = Math.max(2, canvas.width / 300);
      ctx.strokeRect(r.x * canvas.width, r.y * canvas.height, r.w * canvas.width, r.h * canvas.height);
    }
  }

  function rect(a, b) {
    var x = Math.min(a.x, b.x);
    var y = Math.min(a.y, b.y);
    return { x: x, y: y, w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
  }

  function clamp(v) {
    return Math.min(1, Math.max(0, v));
  }

  function point(event) {
    var bounds = canvas.getBoundingClientRect();
    return {
      x: clamp((event.clientX - bounds.left) / bounds.width),
      y: clamp((event.clientY - bounds.top) / bounds.height)
    };
  }

  function save() {
    areasField.value = boxes.map(function (b) {
      return [b.x, b.y, b.w, b.h].map(function (n) { return n.toFixed(5); }).join(',');
    }).join(';');
    var template = countText.getAttribute('data-template') || '{0}';
    countText.textContent = template.replace('{0}', String(boxes.length));
  }

  fileInput.addEventListener('change', function () {
    var file = fileInput.files && fileInput.files[0];
    boxes = [];
    save();
    if (!file || typeof createImageBitmap !== 'function') {
      drawing.hidden = true;
      return;
    }
    createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (b) {
      bitmap = b;
      // The canvas holds the picture at most 2000 px wide: enough to aim, light on a phone.
      var scale = Math.min(1, 2000 / b.width);
      canvas.width = Math.round(b.width * scale);
      canvas.height = Math.round(b.height * scale);
      drawing.hidden = false;
      render();
    }).catch(function () {
      bitmap = null;
      drawing.hidden = true;
    });
  });

  canvas.addEventListener('pointerdown', function (event) {
    if (!bitmap) {
      return;
    }
    canvas.setPointerCapture(event.pointerId);
    dragStart = point(event);
    dragNow = dragStart;
    event.preventDefault();
  });
  canvas.addEventListener('pointermove', function (event) {
    if (dragStart) {
      dragNow = point(event);
      render();
    }
  });
  function finish(event) {
    if (!dragStart) {
      return;
    }
    var r = rect(dragStart, point(event));
    dragStart = null;
    dragNow = null;
    if (r.w > 0.005 && r.h > 0.005 && boxes.length < 50) {
      boxes.push(r);
      save();
    }
    render();
  }
  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointercancel', function () {
    dragStart = null;
    dragNow = null;
    render();
  });

  document.getElementById('undo-area').addEventListener('click', function () {
    boxes.pop();
    save();
    render();
  });
  document.getElementById('clear-areas').addEventListener('click', function () {
    boxes = [];
    save();
    render();
  });
})();
