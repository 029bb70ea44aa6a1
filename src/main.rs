fn main() {
    hamish::start();
}
