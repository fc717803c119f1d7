/* Prints the invitation just issued, and nothing else of the page: the contact gets a sheet with the code alone. */
document.addEventListener('click', function (event) {
  if (event.target.closest('#printInvitation')) {
    document.body.classList.add('zf-print-invitation');
    window.print();
    document.body.classList.remove('zf-print-invitation');
  }
});
