/* A page opened for printing (?print=1) opens the print dialogue once it is laid out. */
window.addEventListener('load', function () {
  window.print();
});
