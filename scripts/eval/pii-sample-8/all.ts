import "./cases-pos.js";
import "./cases-pos2.js";
import "./cases-neg.js";
